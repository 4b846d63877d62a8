/** 支援関係機関: an agency, a division of the city, an NPO, a company, a hospital, a school… */
import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { AreaRef } from '../areas/area.type.js';
import { assertMayEdit } from '../auth/policy.js';
import { viewerIn } from '../auth/requireLogin.js';
import type { Context } from '../context.js';
import { codes, requireId, requireText } from '../shared/validate.js';
import { fields as fieldCodes } from '../vocabulary/codes.js';
import { type PlaceRow, PlaceStore } from './place.store.js';

@ObjectType({ description: '支援関係機関: an organization of the support network' })
export class Organization {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: "in the municipality's own words, e.g. 地域包括支援センター" })
  kind!: string | null;
  @Field(() => [String], { description: 'fields (分野) it works in' }) fields!: string[];
  @Field(() => AreaRef, { nullable: true, description: 'where it is located' }) area!: AreaRef | null;
  @Field(() => [AreaRef], { description: 'the areas it serves' }) serves!: AreaRef[];
}

@InputType({ description: 'An organization; on update, only the fields given change' })
export class OrganizationInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => String, { nullable: true }) kind?: string | null;
  @Field(() => [String], { nullable: true, description: 'codes or Japanese labels' }) fields?: string[] | null;
  @Field(() => ID, { nullable: true }) areaId?: string | null;
  @Field(() => [ID], { nullable: true }) serves?: string[] | null;
}

const store = new PlaceStore({ label: 'Organization', located: true, areaLinks: 'SERVES' });

function toOrganization(row: PlaceRow): Organization {
  return {
    id: row.node.id,
    name: row.node.name as string,
    kind: (row.node.kind as string) ?? null,
    fields: (row.node.fields as string[]) ?? [],
    area: row.areaId ? { id: row.areaId } : null,
    serves: row.areaIds.map((id) => ({ id })),
  };
}

function properties(input: OrganizationInput, creating: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (creating || input.name != null) out.name = requireText('name', input.name);
  if (input.kind !== undefined) out.kind = input.kind?.trim() || null;
  if (creating || input.fields != null) out.fields = codes('fields', fieldCodes, input.fields);
  return out;
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => [Organization], { description: 'Organizations located in an area and below' })
  async organizations(
    @Arg('areaId', () => ID) areaId: string,
    @Arg('kind', () => String, { nullable: true }) kind: string | null,
    @Arg('field', () => String, { nullable: true }) field: string | null,
    @Ctx() ctx: Context,
  ) {
    const code = field ? codes('field', fieldCodes, [field])[0] : null;
    return (await store.list(ctx.graph, viewerIn(ctx), { areaId, kind, field: code })).map(toOrganization);
  }

  @Query(() => Organization)
  async organization(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return toOrganization(await store.get(ctx.graph, viewerIn(ctx), id));
  }

  @Mutation(() => Organization)
  async createOrganization(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => OrganizationInput) input: OrganizationInput,
    @Ctx() ctx: Context,
  ) {
    const viewer = viewerIn(ctx);
    assertMayEdit(viewer);
    const row = await store.create(ctx.graph, viewer, requireId('id', id), properties(input, true),
      requireId('areaId', input.areaId), input.serves ?? []);
    return toOrganization(row);
  }

  @Mutation(() => Organization)
  async updateOrganization(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => OrganizationInput) input: OrganizationInput,
    @Ctx() ctx: Context,
  ) {
    const viewer = viewerIn(ctx);
    assertMayEdit(viewer);
    const row = await store.update(ctx.graph, viewer, id, properties(input, false), input.areaId ?? null,
      input.serves ?? null);
    return toOrganization(row);
  }

  @Mutation(() => Boolean, { description: 'Deletes an organization and its ties' })
  deleteOrganization(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const viewer = viewerIn(ctx);
    assertMayEdit(viewer);
    return store.delete(ctx.graph, viewer, id);
  }
}
