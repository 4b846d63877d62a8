/** Users and what an administrator does with them. */
import type { TypedDocumentNode } from '@apollo/client';
import { gql } from '@apollo/client';
import type { UserRole } from '../../app/session';

export interface User {
  username: string;
  role: UserRole;
  areaIds: string[];
  disabled: boolean;
}

const userFields = gql`
  fragment UserFields on User {
    username
    role
    areaIds
    disabled
  }
`;

export const usersQuery: TypedDocumentNode<{ users: User[] }, Record<string, never>> = gql`
  query Users {
    users {
      ...UserFields
    }
  }
  ${userFields}
`;

export const createUserMutation: TypedDocumentNode<
  { createUser: User },
  { input: { username: string; password: string; role: UserRole; areaIds: string[] } }
> = gql`
  mutation CreateUser($input: UserInput!) {
    createUser(input: $input) {
      ...UserFields
    }
  }
  ${userFields}
`;

export const changeUserAccessMutation: TypedDocumentNode<
  { changeUserAccess: User },
  { username: string; role: UserRole; areaIds: string[] }
> = gql`
  mutation ChangeUserAccess($username: String!, $role: UserRole!, $areaIds: [ID!]!) {
    changeUserAccess(username: $username, role: $role, areaIds: $areaIds) {
      ...UserFields
    }
  }
  ${userFields}
`;

export const disableUserMutation: TypedDocumentNode<{ disableUser: User }, { username: string }> = gql`
  mutation DisableUser($username: String!) {
    disableUser(username: $username) {
      ...UserFields
    }
  }
  ${userFields}
`;

export const enableUserMutation: TypedDocumentNode<{ enableUser: User }, { username: string }> = gql`
  mutation EnableUser($username: String!) {
    enableUser(username: $username) {
      ...UserFields
    }
  }
  ${userFields}
`;

export const resetPasswordMutation: TypedDocumentNode<{ resetPassword: boolean }, { username: string; password: string }> = gql`
  mutation ResetPassword($username: String!, $password: String!) {
    resetPassword(username: $username, password: $password)
  }
`;
