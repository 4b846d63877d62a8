/** `areaReport`: the 地域カルテ of an area and of each of its child areas. */
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { assertAreaAccess } from '../../auth/policy.js';
import { viewerIn } from '../../auth/requireLogin.js';
import type { Context } from '../../context.js';
import { readAsOf } from '../../shared/validate.js';
import { toAreaReport } from './areaReport.mask.js';
import { areaReport } from './areaReport.service.js';
import { AreaReport, SiblingReports } from './areaReport.type.js';
import { siblingReports } from './siblings.js';

@Resolver()
export class AreaReportResolver {
  @Query(() => AreaReport, {
    description:
      'The 地域カルテ of the area and its child areas at asOf (default today): figures only, no person; counts of people under 5 are 「5未満」 for PLANNER and COUNCIL_MEMBER',
  })
  async areaReport(
    @Arg('areaId', () => ID) areaId: string,
    @Arg('asOf', () => String, { nullable: true, description: 'YYYY-MM-DD' }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<AreaReport> {
    const viewer = viewerIn(ctx);
    assertAreaAccess(viewer, areaId);
    return toAreaReport(viewer, await areaReport(ctx.graph, { areaId, asOf: readAsOf(asOf), viewer }));
  }

  @Query(() => SiblingReports, {
    description:
      'The area beside the other areas under its parent, for comparison (no need to read the parent): see siblings.ts for who is offered which',
  })
  async areaSiblings(
    @Arg('areaId', () => ID) areaId: string,
    @Arg('asOf', () => String, { nullable: true, description: 'YYYY-MM-DD' }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<SiblingReports> {
    const viewer = viewerIn(ctx);
    assertAreaAccess(viewer, areaId);
    return siblingReports(ctx.graph, viewer, areaId, readAsOf(asOf));
  }
}
