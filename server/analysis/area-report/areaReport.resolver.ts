/** `areaReport`: the 地域カルテ of an area and of each of its child areas. */
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { assertAreaAccess } from '../../auth/policy.js';
import { viewerIn } from '../../auth/requireLogin.js';
import type { Context } from '../../context.js';
import { readAsOf } from '../common/asOf.js';
import { areaReport } from './areaReport.service.js';
import { AreaReport } from './areaReport.type.js';

@Resolver()
export class AreaReportResolver {
  @Query(() => AreaReport, {
    description: 'The 地域カルテ of the area and its child areas at asOf (default today): figures only, no person',
  })
  areaReport(
    @Arg('areaId', () => ID) areaId: string,
    @Arg('asOf', () => String, { nullable: true, description: 'YYYY-MM-DD' }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<AreaReport> {
    assertAreaAccess(viewerIn(ctx), areaId);
    return areaReport(ctx.graph, { areaId, asOf: readAsOf(asOf) });
  }
}
