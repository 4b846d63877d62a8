/** 拠点・居場所: a salon, 通いの場, 子ども食堂, まちの保健室 — a place where people meet. */
import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { AreaRef } from '../areas/area.type.js';
import { assertMayEdit } from '../auth/policy.js';
import { viewerIn } from '../auth/requireLogin.js';
import type { Context } from '../context.js';
import { requireId, requireText, words } from '../shared/validate.js';
import { type PlaceRow, PlaceStore } from './place.store.js';

@ObjectType({ description: '拠点・居場所: a place where people meet' })
export class Hub {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'e.g. サロン, 子ども食堂, 通いの場' }) kind!: string | null;
  @Field(() => [String], { description: 'what happens there (matched against interests)' }) tags!: string[];
  @Field(() => AreaRef, { nullable: true }) area!: AreaRef | null;
}

@InputType({ description: 'A hub; on update, only the fields given change' })
export class HubInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) kind?: string | null;
  @Field(() => [String], { nullable: true }) tags?: string[] | null;
  @Field(() => ID, { nullable: true }) areaId?: string | null;
}

const store = new PlaceStore({ label: 'Hub', located: true });

function toHub(row: PlaceRow): Hub {
  return {
    id: row.node.id,
    name: row.node.name as string,
    kind: (row.node.kind as string) ?? null,
    tags: (row.node.tags as string[]) ?? [],
    area: row.areaId ? { id: row.areaId } : null,
  };
}

function properties(input: HubInput, creating: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (creating || input.name != null) out.name = requireText('name', input.name);
  if (input.kind !== undefined) out.kind = input.kind?.trim() || null;
  if (creating || input.tags != null) out.tags = words(input.tags);
  return out;
}

@Resolver(() => Hub)
export class HubResolver {
  @Query(() => [Hub], { description: 'Hubs located in an area and below' })
  async hubs(
    @Arg('areaId', () => ID) areaId: string,
    @Arg('kind', () => String, { nullable: true }) kind: string | null,
    @Ctx() ctx: Context,
  ) {
    return (await store.list(ctx.graph, viewerIn(ctx), { areaId, kind })).map(toHub);
  }

  @Query(() => Hub)
  async hub(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return toHub(await store.get(ctx.graph, viewerIn(ctx), id));
  }

  @Mutation(() => Hub)
  async createHub(@Arg('id', () => ID) id: string, @Arg('input', () => HubInput) input: HubInput, @Ctx() ctx: Context) {
    const viewer = viewerIn(ctx);
    assertMayEdit(viewer);
    return toHub(await store.create(ctx.graph, viewer, requireId('id', id), properties(input, true),
      requireId('areaId', input.areaId), null));
  }

  @Mutation(() => Hub)
  async updateHub(@Arg('id', () => ID) id: string, @Arg('input', () => HubInput) input: HubInput, @Ctx() ctx: Context) {
    const viewer = viewerIn(ctx);
    assertMayEdit(viewer);
    return toHub(await store.update(ctx.graph, viewer, id, properties(input, false), input.areaId ?? null, null));
  }

  @Mutation(() => Boolean, { description: 'Deletes a hub and its ties' })
  deleteHub(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const viewer = viewerIn(ctx);
    assertMayEdit(viewer);
    return store.delete(ctx.graph, viewer, id);
  }
}
