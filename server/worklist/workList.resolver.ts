/** `workList`: the viewer's own 今日の仕事 (roles that see no person one by one have none). */
import { Ctx, Query, Resolver } from 'type-graphql';
import { viewerIn } from '../auth/requireLogin.js';
import { assertSeesCases } from '../cases/case.access.js';
import type { Context } from '../context.js';
import { workList } from './workList.service.js';
import { WorkList } from './workList.type.js';

@Resolver()
export class WorkListResolver {
  @Query(() => WorkList, { description: "今日の仕事: the viewer's reviews, follow-ups, cases and new findings" })
  workList(@Ctx() ctx: Context) {
    return workList(ctx.graph, assertSeesCases(viewerIn(ctx)));
  }
}
