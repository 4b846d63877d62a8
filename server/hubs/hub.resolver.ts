/** Hubs: a list within an area, one hub, and changes. */
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { assertMayEdit } from '../auth/policy.js';
import { viewerIn } from '../auth/requireLogin.js';
import type { Context } from '../context.js';
import { HubInput } from './hub.input.js';
import * as service from './hub.service.js';
import { Hub } from './hub.type.js';

@Resolver(() => Hub)
export class HubResolver {
  @Query(() => [Hub], { description: 'Hubs located in an area and below' })
  hubs(
    @Arg('areaId', () => ID) areaId: string,
    @Arg('kind', () => String, { nullable: true }) kind: string | null,
    @Ctx() ctx: Context,
  ) {
    return service.listHubs(ctx.graph, viewerIn(ctx), areaId, kind);
  }

  @Query(() => Hub)
  hub(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service.getHub(ctx.graph, viewerIn(ctx), id);
  }

  @Mutation(() => Hub)
  createHub(@Arg('id', () => ID) id: string, @Arg('input', () => HubInput) input: HubInput, @Ctx() ctx: Context) {
    const viewer = viewerIn(ctx);
    assertMayEdit(viewer);
    return service.createHub(ctx.graph, viewer, id, input);
  }

  @Mutation(() => Hub)
  updateHub(@Arg('id', () => ID) id: string, @Arg('input', () => HubInput) input: HubInput, @Ctx() ctx: Context) {
    const viewer = viewerIn(ctx);
    assertMayEdit(viewer);
    return service.updateHub(ctx.graph, viewer, id, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a hub and its ties' })
  deleteHub(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const viewer = viewerIn(ctx);
    assertMayEdit(viewer);
    return service.deleteHub(ctx.graph, viewer, id);
  }
}
