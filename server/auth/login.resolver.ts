/** `login`: a username and password for a bearer token. */
import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { UnauthenticatedError } from '../shared/errors.js';
import { checkPassword } from './users.service.js';
import { UserRole } from './viewer.js';

@ObjectType({ description: 'The user behind the token' })
export class Me {
  @Field(() => String) username!: string;
  @Field(() => UserRole) role!: UserRole;
  @Field(() => [String], { description: 'areas whose subtrees this user works in (empty for ADMIN: all)' })
  areaIds!: string[];
}

@Resolver()
export class LoginResolver {
  @Mutation(() => String, { description: 'A bearer token for the Authorization header, valid for 12 hours' })
  async login(
    @Arg('username', () => String) username: string,
    @Arg('password', () => String) password: string,
    @Ctx() { graph, tokens }: Context,
  ): Promise<string> {
    const viewer = await checkPassword(graph, username, password);
    if (!viewer) throw new UnauthenticatedError('the username or the password is wrong');
    return tokens.issue(viewer.username);
  }

  @Query(() => Me, { description: 'Who is logged in' })
  me(@Ctx() { viewer }: Context): Me {
    return Object.assign(new Me(), viewer);
  }
}
