/** `dismissFinding` and `dismissedFindings` (保留中). */
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { viewerIn } from '../../auth/requireLogin.js';
import type { Context } from '../../context.js';
import type { DismissReasonCode } from '../../vocabulary/caseCodes.js';
import { MissingLinkKind } from '../missing-links/missingLink.type.js';
import { dismissedFindings, dismissFinding } from './dismissal.service.js';
import { DismissedFinding, DismissReason } from './dismissal.type.js';

@Resolver()
export class DismissalResolver {
  @Mutation(() => DismissedFinding, {
    description: 'Sets a finding aside with a reason until revisitOn (after today); it then comes back by itself',
  })
  dismissFinding(
    @Arg('kind', () => MissingLinkKind) kind: MissingLinkKind,
    @Arg('subjectIds', () => [ID]) subjectIds: string[],
    @Arg('reason', () => DismissReason) reason: DismissReasonCode,
    @Arg('revisitOn', () => String, { description: 'YYYY-MM-DD' }) revisitOn: string,
    @Arg('field', () => String, { nullable: true, description: 'the field of an UNMET_NEED' }) field: string | null,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    return dismissFinding(ctx.graph, viewerIn(ctx), { kind, subjectIds, field, reason, revisitOn, note });
  }

  @Query(() => [DismissedFinding], { description: '保留中: the findings of the area (and below) set aside today' })
  dismissedFindings(@Arg('areaId', () => ID) areaId: string, @Ctx() ctx: Context) {
    return dismissedFindings(ctx.graph, viewerIn(ctx), areaId);
  }
}
