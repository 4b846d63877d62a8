/** `structure`: components, articulation points, bridges, brokers and communities of an area's network. */
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { assertAreaAccess, assertMayLookBack } from '../../auth/policy.js';
import { viewerIn } from '../../auth/requireLogin.js';
import type { Context } from '../../context.js';
import { today } from '../../shared/dates.js';
import { readAsOf } from '../../shared/validate.js';
import { structure } from './structure.service.js';
import { NetworkStructure } from './structure.type.js';
import { asSeenBy } from './structure.view.js';

@Resolver()
export class StructureResolver {
  @Query(() => NetworkStructure, {
    description:
      "The shape of the area's network at asOf (default today), with people shown as on the map; needs Graph Data Science in the database",
  })
  async structure(
    @Arg('areaId', () => ID) areaId: string,
    @Arg('asOf', () => String, { nullable: true, description: 'YYYY-MM-DD' }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<NetworkStructure> {
    const viewer = viewerIn(ctx);
    assertAreaAccess(viewer, areaId);
    const date = readAsOf(asOf);
    assertMayLookBack(viewer, date, today());
    const found = await structure(ctx.graph, { areaId, asOf: date, viewer });
    return asSeenBy(ctx.graph, viewer, found);
  }
}
