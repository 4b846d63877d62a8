/** User accounts, managed by administrators: adding, role and areas, disabling, password reset. */
import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { requireKind } from '../graph/lookup.js';
import { BadInputError, ForbiddenError, NotFoundError } from '../shared/errors.js';
import { isAdmin } from './policy.js';
import { actorIn, viewerIn } from './requireLogin.js';
import { listUsers, type UserListRow } from './users.queries.js';
import { addUser, changeAccess, changeDisabled, replacePassword } from './users.service.js';
import { UserRole } from './viewer.js';

@ObjectType({ description: 'A user account' })
export class User {
  @Field(() => String) username!: string;
  @Field(() => UserRole) role!: UserRole;
  @Field(() => [ID], { description: 'the areas (and their subtrees) the user works in' }) areaIds!: string[];
  @Field(() => Boolean, { description: 'a disabled user cannot log in, and their tokens no longer work' })
  disabled!: boolean;
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

/** The areas a role gets: none for ADMIN (all), at least one existing area for every other role. */
async function areasFor(ctx: Context, role: UserRole, areaIds: string[]): Promise<string[]> {
  if (role === UserRole.ADMIN) return [];
  if (areaIds.length === 0) throw new BadInputError(`a ${role} works in at least one area`, 'areaIds');
  for (const id of areaIds) await requireKind(ctx.graph, id, ['Area'], 'areaIds');
  return areaIds;
}

/** An administrator may not lock themselves out (the last admin would leave nobody to undo it). */
function assertNotSelf(ctx: Context, username: string, what: string): void {
  if (viewerIn(ctx).username === username) throw new BadInputError(`you cannot ${what} your own account`, 'username');
}

async function userNamed(ctx: Context, username: string): Promise<User> {
  const user = (await ctx.graph.read<UserListRow>(listUsers)).find((row) => row.username === username);
  if (!user) throw new NotFoundError('User', username);
  return user as User;
}

@Resolver(() => User)
export class UserResolver {
  @Query(() => [User])
  async users(@Ctx() ctx: Context) {
    adminIn(ctx);
    return ctx.graph.read<UserListRow>(listUsers);
  }

  @Mutation(() => User)
  async createUser(@Arg('input', () => UserInput) input: UserInput, @Ctx() ctx: Context) {
    adminIn(ctx);
    const areaIds = await areasFor(ctx, input.role, input.areaIds);
    await addUser(ctx.graph, { ...input, areaIds }, actorIn(ctx));
    return userNamed(ctx, input.username);
  }

  @Mutation(() => User, { description: "Sets a user's role and areas; their next request already sees the new ones" })
  async changeUserAccess(
    @Arg('username', () => String) username: string,
    @Arg('role', () => UserRole) role: UserRole,
    @Arg('areaIds', () => [ID]) areaIds: string[],
    @Ctx() ctx: Context,
  ) {
    adminIn(ctx);
    if (role !== UserRole.ADMIN) assertNotSelf(ctx, username, 'take the administrator role from');
    await changeAccess(ctx.graph, { username, role, areaIds: await areasFor(ctx, role, areaIds) }, actorIn(ctx));
    return userNamed(ctx, username);
  }

  @Mutation(() => User, { description: 'Disables a user: they cannot log in, and their tokens stop working at once' })
  async disableUser(@Arg('username', () => String) username: string, @Ctx() ctx: Context) {
    adminIn(ctx);
    assertNotSelf(ctx, username, 'disable');
    await changeDisabled(ctx.graph, username, true, actorIn(ctx));
    return userNamed(ctx, username);
  }

  @Mutation(() => User, { description: 'Lets a disabled user log in again (their old tokens stay ended)' })
  async enableUser(@Arg('username', () => String) username: string, @Ctx() ctx: Context) {
    adminIn(ctx);
    await changeDisabled(ctx.graph, username, false, actorIn(ctx));
    return userNamed(ctx, username);
  }

  @Mutation(() => Boolean, { description: "Sets a user's password (at least 10 characters) and ends their tokens" })
  async resetPassword(
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ) {
    adminIn(ctx);
    await replacePassword(ctx.graph, username, password, actorIn(ctx), 'resetPassword');
    return true;
  }
}
