/** People: a list within an area, one person, and changes. */
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { assertMayEdit } from '../auth/policy.js';
import { viewerIn } from '../auth/requireLogin.js';
import type { Context } from '../context.js';
import { PersonInput, PersonUpdate } from './person.input.js';
import * as service from './person.service.js';
import { Person } from './person.type.js';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => [Person], { description: 'People located in an area and below, as far as the viewer may see them' })
  people(
    @Arg('areaId', () => ID) areaId: string,
    @Arg('role', () => String, { nullable: true }) role: string | null,
    @Arg('need', () => String, { nullable: true }) need: string | null,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Arg('limit', () => Int, { defaultValue: 500 }) limit: number,
    @Ctx() ctx: Context,
  ) {
    return service.listPeople(ctx.graph, viewerIn(ctx), {
      areaId,
      role,
      need,
      offset: Math.max(0, offset),
      limit: Math.min(Math.max(1, limit), 5000),
    });
  }

  @Query(() => Person, { description: 'One person with details; refused unless the viewer may see them' })
  person(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service.getPerson(ctx.graph, viewerIn(ctx), id);
  }

  @Mutation(() => Person)
  createPerson(@Arg('input', () => PersonInput) input: PersonInput, @Ctx() ctx: Context) {
    const viewer = viewerIn(ctx);
    assertMayEdit(viewer);
    return service.createPerson(ctx.graph, viewer, input);
  }

  @Mutation(() => Person)
  updatePerson(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => PersonUpdate) input: PersonUpdate,
    @Ctx() ctx: Context,
  ) {
    const viewer = viewerIn(ctx);
    assertMayEdit(viewer);
    return service.updatePerson(ctx.graph, viewer, id, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a person and their ties' })
  deletePerson(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const viewer = viewerIn(ctx);
    assertMayEdit(viewer);
    return service.deletePerson(ctx.graph, viewer, id);
  }
}
