/** `Case.meetings`: asked for by the case page only, so lists of cases do not read every case's meetings. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { viewerIn } from '../auth/requireLogin.js';
import { SupportCase } from '../cases/case.type.js';
import type { Context } from '../context.js';
import { caseMeetings } from './meeting.service.js';
import { CaseMeeting } from './meeting.type.js';

@Resolver(() => SupportCase)
export class CaseMeetingsResolver {
  @FieldResolver(() => [CaseMeeting], {
    description: 'the meetings that discussed it, of councils the viewer sits on, newest first',
  })
  meetings(@Root() supportCase: SupportCase, @Ctx() ctx: Context): Promise<CaseMeeting[]> {
    // a Case reaches the viewer only when they see its subject in detail (case.access.ts)
    return caseMeetings(ctx.graph, viewerIn(ctx), supportCase.id);
  }
}
