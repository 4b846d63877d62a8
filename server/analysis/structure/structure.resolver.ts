/** `structure`: components, articulation points, bridges, brokers and communities of an area's network. */
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { assertAreaAccess } from '../../auth/policy.js';
import { viewerIn } from '../../auth/requireLogin.js';
import type { Context } from '../../context.js';
import { readAsOf } from '../common/asOf.js';
import { structure } from './structure.service.js';
import { NetworkStructure } from './structure.type.js';

@Resolver()
export class StructureResolver {
  @Query(() => NetworkStructure, {
    description: "The shape of the area's network at asOf (default today); needs Graph Data Science in the database",
  })
  structure(
    @Arg('areaId', () => ID) areaId: string,
    @Arg('asOf', () => String, { nullable: true, description: 'YYYY-MM-DD' }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<NetworkStructure> {
    assertAreaAccess(viewerIn(ctx), areaId);
    return structure(ctx.graph, { areaId, asOf: readAsOf(asOf) });
  }
}
