/** 協議体・会議: a council that organizations and people sit on (MEMBER_OF ties), covering areas. */
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { AreaRef } from '../areas/area.type.js';
import { assertMayEdit } from '../auth/policy.js';
import { viewerIn } from '../auth/requireLogin.js';
import type { Context } from '../context.js';
import { BadInputError } from '../shared/errors.js';
import { requireId, requireText } from '../shared/validate.js';
import { type PlaceRow, PlaceStore } from './place.store.js';

@ObjectType({ description: '協議体・会議: a council, meeting or conference' })
export class Council {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'e.g. 協議体, 地域ケア会議, 要保護児童対策地域協議会' })
  kind!: string | null;
  @Field(() => Int, { nullable: true, description: 'the tier it works at: 1, 2 or 3' }) tier!: number | null;
  @Field(() => [AreaRef], { description: 'the areas it covers' }) covers!: AreaRef[];
}

@InputType({ description: 'A council; on update, only the fields given change' })
export class CouncilInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) kind?: string | null;
  @Field(() => Int, { nullable: true }) tier?: number | null;
  @Field(() => [ID], { nullable: true }) covers?: string[] | null;
}

const store = new PlaceStore({ label: 'Council', located: false, areaLinks: 'COVERS' });

function toCouncil(row: PlaceRow): Council {
  return {
    id: row.node.id,
    name: row.node.name as string,
    kind: (row.node.kind as string) ?? null,
    tier: (row.node.tier as number) ?? null,
    covers: row.areaIds.map((id) => ({ id })),
  };
}

function properties(input: CouncilInput, creating: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (creating || input.name != null) out.name = requireText('name', input.name);
  if (input.kind !== undefined) out.kind = input.kind?.trim() || null;
  if (creating || input.tier != null) {
    if (![1, 2, 3].includes(input.tier ?? 0)) throw new BadInputError('tier must be 1, 2 or 3', { field: 'tier' });
    out.tier = input.tier;
  }
  return out;
}

@Resolver(() => Council)
export class CouncilResolver {
  @Query(() => [Council], { description: 'Councils covering an area in the subtree, or an area containing it' })
  async councils(
    @Arg('areaId', () => ID) areaId: string,
    @Arg('kind', () => String, { nullable: true }) kind: string | null,
    @Ctx() ctx: Context,
  ) {
    return (await store.list(ctx.graph, viewerIn(ctx), { areaId, kind })).map(toCouncil);
  }

  @Query(() => Council)
  async council(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return toCouncil(await store.get(ctx.graph, viewerIn(ctx), id));
  }

  @Mutation(() => Council)
  async createCouncil(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CouncilInput) input: CouncilInput,
    @Ctx() ctx: Context,
  ) {
    const viewer = viewerIn(ctx);
    assertMayEdit(viewer);
    if (!input.covers?.length) throw new BadInputError('a council covers at least one area', { field: 'covers' });
    return toCouncil(await store.create(ctx.graph, viewer, requireId('id', id), properties(input, true), null,
      input.covers));
  }

  @Mutation(() => Council)
  async updateCouncil(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CouncilInput) input: CouncilInput,
    @Ctx() ctx: Context,
  ) {
    const viewer = viewerIn(ctx);
    assertMayEdit(viewer);
    if (input.covers && input.covers.length === 0) {
      throw new BadInputError('a council covers at least one area', { field: 'covers' });
    }
    return toCouncil(await store.update(ctx.graph, viewer, id, properties(input, false), null, input.covers ?? null));
  }

  @Mutation(() => Boolean, { description: 'Deletes a council and its memberships' })
  deleteCouncil(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const viewer = viewerIn(ctx);
    assertMayEdit(viewer);
    return store.delete(ctx.graph, viewer, id);
  }
}
