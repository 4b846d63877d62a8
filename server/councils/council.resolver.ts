/** Councils: a list within an area, one council, and changes. */
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { assertMayEdit } from '../auth/policy.js';
import { viewerIn } from '../auth/requireLogin.js';
import type { Context } from '../context.js';
import { CouncilInput } from './council.input.js';
import * as service from './council.service.js';
import { Council } from './council.type.js';

@Resolver(() => Council)
export class CouncilResolver {
  @Query(() => [Council], { description: 'Councils covering an area in the subtree, or an area containing it' })
  councils(
    @Arg('areaId', () => ID) areaId: string,
    @Arg('kind', () => String, { nullable: true }) kind: string | null,
    @Ctx() ctx: Context,
  ) {
    return service.listCouncils(ctx.graph, viewerIn(ctx), areaId, kind);
  }

  @Query(() => Council)
  council(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service.getCouncil(ctx.graph, viewerIn(ctx), id);
  }

  @Mutation(() => Council)
  createCouncil(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CouncilInput) input: CouncilInput,
    @Ctx() ctx: Context,
  ) {
    const viewer = viewerIn(ctx);
    assertMayEdit(viewer);
    return service.createCouncil(ctx.graph, viewer, id, input);
  }

  @Mutation(() => Council)
  updateCouncil(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CouncilInput) input: CouncilInput,
    @Ctx() ctx: Context,
  ) {
    const viewer = viewerIn(ctx);
    assertMayEdit(viewer);
    return service.updateCouncil(ctx.graph, viewer, id, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a council and its memberships' })
  deleteCouncil(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const viewer = viewerIn(ctx);
    assertMayEdit(viewer);
    return service.deleteCouncil(ctx.graph, viewer, id);
  }
}
