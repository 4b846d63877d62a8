/** Organizations: a list within an area, one organization, and changes. */
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { assertMayEdit } from '../auth/policy.js';
import { viewerIn } from '../auth/requireLogin.js';
import type { Context } from '../context.js';
import { OrganizationInput } from './organization.input.js';
import * as service from './organization.service.js';
import { Organization } from './organization.type.js';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => [Organization], { description: 'Organizations located in an area and below' })
  organizations(
    @Arg('areaId', () => ID) areaId: string,
    @Arg('kind', () => String, { nullable: true }) kind: string | null,
    @Arg('field', () => String, { nullable: true }) field: string | null,
    @Ctx() ctx: Context,
  ) {
    return service.listOrganizations(ctx.graph, viewerIn(ctx), { areaId, kind, field });
  }

  @Query(() => Organization)
  organization(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service.getOrganization(ctx.graph, viewerIn(ctx), id);
  }

  @Mutation(() => Organization)
  createOrganization(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => OrganizationInput) input: OrganizationInput,
    @Ctx() ctx: Context,
  ) {
    const viewer = viewerIn(ctx);
    assertMayEdit(viewer);
    return service.createOrganization(ctx.graph, viewer, id, input);
  }

  @Mutation(() => Organization)
  updateOrganization(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => OrganizationInput) input: OrganizationInput,
    @Ctx() ctx: Context,
  ) {
    const viewer = viewerIn(ctx);
    assertMayEdit(viewer);
    return service.updateOrganization(ctx.graph, viewer, id, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes an organization and its ties' })
  deleteOrganization(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const viewer = viewerIn(ctx);
    assertMayEdit(viewer);
    return service.deleteOrganization(ctx.graph, viewer, id);
  }
}
