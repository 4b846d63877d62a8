/** `login`, `logout` and `changePassword`: a user's own session and password. */
import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { audit } from '../audit/audit.service.js';
import type { Context } from '../context.js';
import { AccountDisabledError, BadInputError, UnauthenticatedError } from '../shared/errors.js';
import { actorIn, viewerIn } from './requireLogin.js';
import { checkPassword, replacePassword, revoke } from './users.service.js';
import { actorOf, UserRole } from './viewer.js';

@ObjectType({ description: 'The user behind the token' })
export class Me {
  @Field(() => String) username!: string;
  @Field(() => UserRole) role!: UserRole;
  @Field(() => [String], { description: 'areas whose subtrees this user works in (empty for ADMIN: all)' })
  areaIds!: string[];
}

@Resolver()
export class LoginResolver {
  @Mutation(() => String, {
    description:
      'A bearer token for the Authorization header, valid for 12 hours. Failed logins are throttled per username and per address (TOO_MANY_ATTEMPTS)',
  })
  async login(
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ): Promise<string> {
    const { graph, tokens, logins, address } = ctx;
    const request = { id: ctx.requestId, address };
    const failed = (message: string) =>
      audit(graph, actorOf(undefined, request), {
        kind: 'LOGIN_FAILED',
        action: 'login',
        message: `user "${username}": ${message}`,
      });
    try {
      await logins.assertAllowed(username, address);
    } catch (error) {
      await failed('refused: too many failed logins');
      throw error;
    }
    const check = await checkPassword(graph, username, password);
    if (!check.ok) {
      await logins.recordFailure(username, address);
      await failed('wrong username or password');
      throw new UnauthenticatedError('the username or the password is wrong');
    }
    await logins.recordSuccess(username);
    if (check.disabled) {
      await failed('the account is disabled');
      throw new AccountDisabledError();
    }
    await audit(graph, actorOf(check.viewer, request), { kind: 'LOGIN', action: 'login' });
    return tokens.issue(check.viewer.username, check.tokenVersion);
  }

  @Mutation(() => Boolean, { description: 'Ends this token at once (other sessions of the user go on)' })
  async logout(@Ctx() ctx: Context): Promise<boolean> {
    viewerIn(ctx);
    if (!ctx.session) throw new UnauthenticatedError();
    await revoke(ctx.graph, ctx.session, actorIn(ctx));
    return true;
  }

  @Mutation(() => String, {
    description: 'Changes the password of the logged-in user; every older token ends, and a new one is returned',
  })
  async changePassword(
    @Arg('oldPassword', () => String) oldPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() ctx: Context,
  ): Promise<string> {
    const viewer = viewerIn(ctx);
    // a stolen token must not become a way to guess the password: the login throttle counts these too
    await ctx.logins.assertAllowed(viewer.username, ctx.address);
    const check = await checkPassword(ctx.graph, viewer.username, oldPassword);
    if (!check.ok) {
      await ctx.logins.recordFailure(viewer.username, ctx.address);
      await audit(ctx.graph, actorIn(ctx), {
        kind: 'LOGIN_FAILED',
        action: 'changePassword',
        message: 'wrong current password',
      });
      throw new BadInputError('the current password is wrong', 'oldPassword');
    }
    const version = await replacePassword(ctx.graph, viewer.username, newPassword, actorIn(ctx), 'changePassword');
    return ctx.tokens.issue(viewer.username, version);
  }

  @Query(() => Me, { description: 'Who is logged in' })
  me(@Ctx() { viewer }: Context): Me {
    return Object.assign(new Me(), viewer);
  }
}
