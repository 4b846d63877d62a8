/** 世帯: people living together; support is planned for the whole household (世帯丸ごと). */
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { AreaRef } from '../areas/area.type.js';
import { assertMayEdit, seesPeople } from '../auth/policy.js';
import { viewerIn } from '../auth/requireLogin.js';
import type { Context } from '../context.js';
import { ForbiddenError } from '../shared/errors.js';
import { requireId, requireText } from '../shared/validate.js';
import { recordHouseholdsShown } from './householdAccess.js';
import { type PlaceRow, PlaceStore } from './place.store.js';

@ObjectType({ description: '世帯: a household' })
export class Household {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => AreaRef, { nullable: true }) area!: AreaRef | null;
  @Field(() => Int, { description: 'people who are members' }) memberCount!: number;
}

@InputType({ description: 'A household; on update, only the fields given change' })
export class HouseholdInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => ID, { nullable: true }) areaId?: string | null;
}

const store = new PlaceStore({ label: 'Household', located: true });

async function toHousehold(ctx: Context, row: PlaceRow): Promise<Household> {
  const [{ members }] = await ctx.graph.read<{ members: number }>(
    'MATCH (h:Household {id: $id}) RETURN COUNT { (:Person)-[:MEMBER_OF]->(h) } AS members',
    { id: row.node.id },
  );
  return { id: row.node.id, name: row.node.name as string, area: row.areaId ? { id: row.areaId } : null, memberCount: members };
}

/** A household's name is usually the family name: only those who see people see households. */
function viewerWhoSeesPeople(ctx: Context) {
  const viewer = viewerIn(ctx);
  if (!seesPeople(viewer)) throw new ForbiddenError('your role sees households only as counts');
  return viewer;
}

@Resolver(() => Household)
export class HouseholdResolver {
  @Query(() => [Household], { description: 'Households located in an area and below' })
  async households(@Arg('areaId', () => ID) areaId: string, @Ctx() ctx: Context) {
    const viewer = viewerWhoSeesPeople(ctx);
    const rows = await store.list(ctx.graph, viewer, { areaId });
    await recordHouseholdsShown(ctx.graph, viewer, 'households', rows.map((row) => row.node.id));
    return Promise.all(rows.map((row) => toHousehold(ctx, row)));
  }

  @Query(() => Household)
  async household(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const viewer = viewerWhoSeesPeople(ctx);
    const row = await store.get(ctx.graph, viewer, id);
    await recordHouseholdsShown(ctx.graph, viewer, 'household', [id]);
    return toHousehold(ctx, row);
  }

  @Mutation(() => Household)
  async createHousehold(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => HouseholdInput) input: HouseholdInput,
    @Ctx() ctx: Context,
  ) {
    const viewer = viewerWhoSeesPeople(ctx);
    assertMayEdit(viewer);
    const properties = { name: requireText('name', input.name) };
    return toHousehold(ctx, await store.create(ctx.graph, viewer, requireId('id', id), properties,
      requireId('areaId', input.areaId), null));
  }

  @Mutation(() => Household)
  async updateHousehold(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => HouseholdInput) input: HouseholdInput,
    @Ctx() ctx: Context,
  ) {
    const viewer = viewerWhoSeesPeople(ctx);
    assertMayEdit(viewer);
    const properties = input.name != null ? { name: requireText('name', input.name) } : {};
    return toHousehold(ctx, await store.update(ctx.graph, viewer, id, properties, input.areaId ?? null, null));
  }

  @Mutation(() => Boolean, { description: 'Deletes a household; its members stay, in no household' })
  deleteHousehold(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const viewer = viewerWhoSeesPeople(ctx);
    assertMayEdit(viewer);
    return store.delete(ctx.graph, viewer, id);
  }
}
