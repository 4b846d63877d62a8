/** Ties: those of one entity, and changes. */
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { assertMayEdit } from '../auth/policy.js';
import { viewerIn } from '../auth/requireLogin.js';
import type { Context } from '../context.js';
import { TieInput, TieUpdate } from './tie.input.js';
import * as service from './tie.service.js';
import { Tie } from './tie.type.js';

@Resolver(() => Tie)
export class TieResolver {
  @Query(() => [Tie], { description: 'The ties of a person, household, organization, council or hub, ended ones too' })
  ties(@Arg('nodeId', () => ID) nodeId: string, @Ctx() ctx: Context) {
    return service.tiesOf(ctx.graph, viewerIn(ctx), nodeId);
  }

  @Mutation(() => Tie)
  createTie(@Arg('input', () => TieInput) input: TieInput, @Ctx() ctx: Context) {
    const viewer = viewerIn(ctx);
    assertMayEdit(viewer);
    return service.createTie(ctx.graph, viewer, input);
  }

  @Mutation(() => Tie, { description: 'Changes dates, strength or note; to end a tie, set `until`' })
  updateTie(@Arg('id', () => ID) id: string, @Arg('input', () => TieUpdate) input: TieUpdate, @Ctx() ctx: Context) {
    const viewer = viewerIn(ctx);
    assertMayEdit(viewer);
    return service.updateTie(ctx.graph, viewer, id, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a tie recorded by mistake (an ended tie is kept, with `until`)' })
  deleteTie(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const viewer = viewerIn(ctx);
    assertMayEdit(viewer);
    return service.deleteTie(ctx.graph, viewer, id);
  }
}
