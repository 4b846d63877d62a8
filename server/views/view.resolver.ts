/** Saved views of the map: the viewer's own list, one view by its link, and saving or deleting one's own. */
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { viewerIn } from '../auth/requireLogin.js';
import type { Context } from '../context.js';
import * as service from './view.service.js';
import { SavedView, SavedViewInput } from './view.type.js';

@Resolver(() => SavedView)
export class SavedViewResolver {
  @Query(() => [SavedView], { description: "The viewer's own saved views (of one area, or all), in their order" })
  savedViews(@Arg('areaId', () => ID, { nullable: true }) areaId: string | null, @Ctx() ctx: Context) {
    return service.listViews(ctx.graph, viewerIn(ctx), areaId);
  }

  @Query(() => SavedView, {
    description: 'A saved view by its id (its link): for its owner, and for anyone who may see its area',
  })
  savedView(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service.getView(ctx.graph, viewerIn(ctx), id);
  }

  @Mutation(() => SavedView, { description: 'Saves a new view (without id) or changes one of your own' })
  saveView(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('input', () => SavedViewInput) input: SavedViewInput,
    @Ctx() ctx: Context,
  ) {
    return service.saveView(ctx.graph, viewerIn(ctx), id, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a saved view: its owner, or ADMIN' })
  deleteView(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service.deleteView(ctx.graph, viewerIn(ctx), id);
  }
}
