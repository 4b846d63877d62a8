/** `isolatedPeople`: people of an area with no (or few) ties outside their household. */
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { assertAreaAccess, assertSeesPeople } from '../../auth/policy.js';
import { viewerIn } from '../../auth/requireLogin.js';
import type { Context } from '../../context.js';
import { readAsOf } from '../../shared/validate.js';
import { isolatedPeopleSeenBy } from './isolation.service.js';
import { IsolatedPerson } from './isolation.type.js';

@Resolver()
export class IsolationResolver {
  @Query(() => [IsolatedPerson], {
    description: 'People located in the area or below whose social degree at asOf (default today) is at most maxDegree',
  })
  async isolatedPeople(
    @Arg('areaId', () => ID) areaId: string,
    @Arg('maxDegree', () => Int, { defaultValue: 0 }) maxDegree: number,
    @Arg('asOf', () => String, { nullable: true, description: 'YYYY-MM-DD' }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<IsolatedPerson[]> {
    const viewer = viewerIn(ctx);
    assertAreaAccess(viewer, areaId);
    assertSeesPeople(viewer, 'isolated people');
    return isolatedPeopleSeenBy(ctx.graph, viewer, { areaId, maxDegree, asOf: readAsOf(asOf) });
  }
}
