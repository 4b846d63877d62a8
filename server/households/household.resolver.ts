/** Households: a list within an area, one household, and changes; only for roles that see people. */
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { assertMayEdit } from '../auth/policy.js';
import { viewerIn } from '../auth/requireLogin.js';
import type { Context } from '../context.js';
import { assertSeesHouseholds } from './household.access.js';
import { HouseholdInput } from './household.input.js';
import * as service from './household.service.js';
import { Household } from './household.type.js';

@Resolver(() => Household)
export class HouseholdResolver {
  @Query(() => [Household], { description: 'Households located in an area and below' })
  households(@Arg('areaId', () => ID) areaId: string, @Ctx() ctx: Context) {
    const viewer = assertSeesHouseholds(viewerIn(ctx));
    return service.listHouseholds(ctx.graph, viewer, areaId);
  }

  @Query(() => Household)
  household(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const viewer = assertSeesHouseholds(viewerIn(ctx));
    return service.getHousehold(ctx.graph, viewer, id);
  }

  @Mutation(() => Household)
  createHousehold(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => HouseholdInput) input: HouseholdInput,
    @Ctx() ctx: Context,
  ) {
    const viewer = assertSeesHouseholds(viewerIn(ctx));
    assertMayEdit(viewer);
    return service.createHousehold(ctx.graph, viewer, id, input);
  }

  @Mutation(() => Household)
  updateHousehold(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => HouseholdInput) input: HouseholdInput,
    @Ctx() ctx: Context,
  ) {
    const viewer = assertSeesHouseholds(viewerIn(ctx));
    assertMayEdit(viewer);
    return service.updateHousehold(ctx.graph, viewer, id, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a household; its members stay, in no household' })
  deleteHousehold(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const viewer = assertSeesHouseholds(viewerIn(ctx));
    assertMayEdit(viewer);
    return service.deleteHousehold(ctx.graph, viewer, id);
  }
}
