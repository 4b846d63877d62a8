/** Users and what an administrator does with them. */
import { graphql } from '../../gql';
import type { UserFieldsFragment } from '../../gql/graphql';

/** A user as every operation below answers it. */
export type User = UserFieldsFragment;

// spread by the operations below; their generated documents carry it
graphql(`
  fragment UserFields on User {
    username
    role
    areaIds
    disabled
  }
`);

export const usersQuery = graphql(`
  query Users {
    users {
      ...UserFields
    }
  }
`);

export const createUserMutation = graphql(`
  mutation CreateUser($input: UserInput!) {
    createUser(input: $input) {
      ...UserFields
    }
  }
`);

export const changeUserAccessMutation = graphql(`
  mutation ChangeUserAccess($username: String!, $role: UserRole!, $areaIds: [ID!]!) {
    changeUserAccess(username: $username, role: $role, areaIds: $areaIds) {
      ...UserFields
    }
  }
`);

export const disableUserMutation = graphql(`
  mutation DisableUser($username: String!) {
    disableUser(username: $username) {
      ...UserFields
    }
  }
`);

export const enableUserMutation = graphql(`
  mutation EnableUser($username: String!) {
    enableUser(username: $username) {
      ...UserFields
    }
  }
`);

export const resetPasswordMutation = graphql(`
  mutation ResetPassword($username: String!, $password: String!) {
    resetPassword(username: $username, password: $password)
  }
`);
