/** User accounts, managed by administrators. */
import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { requireKind } from '../graph/lookup.js';
import { BadInputError, ForbiddenError } from '../shared/errors.js';
import { isAdmin } from './policy.js';
import { viewerIn } from './requireLogin.js';
import { listUsers } from './users.queries.js';
import { addUser } from './users.service.js';
import { UserRole } from './viewer.js';

@ObjectType({ description: 'A user account' })
export class User {
  @Field(() => String) username!: string;
  @Field(() => UserRole) role!: UserRole;
  @Field(() => [ID], { description: 'the areas (and their subtrees) the user works in' }) areaIds!: string[];
}

@InputType()
export class UserInput {
  @Field(() => String) username!: string;
  @Field(() => String, { description: 'at least 10 characters' }) password!: string;
  @Field(() => UserRole) role!: UserRole;
  @Field(() => [ID], { description: 'required for every role but ADMIN' }) areaIds!: string[];
}

function adminIn(ctx: Context) {
  const viewer = viewerIn(ctx);
  if (!isAdmin(viewer)) throw new ForbiddenError('only an administrator manages users');
  return viewer;
}

@Resolver(() => User)
export class UserResolver {
  @Query(() => [User])
  async users(@Ctx() ctx: Context) {
    adminIn(ctx);
    return ctx.graph.read<User>(listUsers);
  }

  @Mutation(() => User)
  async createUser(@Arg('input', () => UserInput) input: UserInput, @Ctx() ctx: Context) {
    adminIn(ctx);
    if (input.role !== UserRole.ADMIN && input.areaIds.length === 0) {
      throw new BadInputError(`a ${input.role} works in at least one area`, { field: 'areaIds' });
    }
    for (const id of input.areaIds) await requireKind(ctx.graph, id, ['Area'], 'areaIds');
    const areaIds = input.role === UserRole.ADMIN ? [] : input.areaIds;
    await addUser(ctx.graph, { ...input, areaIds });
    return { username: input.username, role: input.role, areaIds };
  }
}
