/** Areas: the tiers as a list, one area, and changes. */
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { assertMayEdit } from '../auth/policy.js';
import { viewerIn } from '../auth/requireLogin.js';
import type { Context } from '../context.js';
import { AreaInput, AreaUpdate } from './area.input.js';
import * as service from './area.service.js';
import { Area } from './area.type.js';

@Resolver(() => Area)
export class AreaResolver {
  @Query(() => [Area], { description: 'Areas the viewer may see (and their ancestors), of one tier or all' })
  areas(@Arg('tier', () => Int, { nullable: true }) tier: number | null, @Ctx() ctx: Context) {
    const viewer = viewerIn(ctx);
    return service.listAreas(ctx.graph, viewer, tier ?? null);
  }

  @Query(() => Area)
  area(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const viewer = viewerIn(ctx);
    return service.getArea(ctx.graph, viewer, id);
  }

  @Mutation(() => Area)
  createArea(@Arg('input', () => AreaInput) input: AreaInput, @Ctx() ctx: Context) {
    const viewer = viewerIn(ctx);
    assertMayEdit(viewer);
    return service.createArea(ctx.graph, viewer, input);
  }

  @Mutation(() => Area)
  updateArea(@Arg('id', () => ID) id: string, @Arg('input', () => AreaUpdate) input: AreaUpdate, @Ctx() ctx: Context) {
    const viewer = viewerIn(ctx);
    assertMayEdit(viewer);
    return service.updateArea(ctx.graph, viewer, id, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes an area that holds nothing' })
  deleteArea(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const viewer = viewerIn(ctx);
    assertMayEdit(viewer);
    return service.deleteArea(ctx.graph, viewer, id);
  }
}
