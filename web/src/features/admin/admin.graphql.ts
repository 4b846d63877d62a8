/** Users and creating one. */
import type { TypedDocumentNode } from '@apollo/client';
import { gql } from '@apollo/client';
import type { UserRole } from '../../app/session';

export interface User {
  username: string;
  role: UserRole;
  areaIds: string[];
}

export const usersQuery: TypedDocumentNode<{ users: User[] }, Record<string, never>> = gql`
  query Users {
    users {
      username
      role
      areaIds
    }
  }
`;

export const createUserMutation: TypedDocumentNode<
  { createUser: User },
  { input: { username: string; password: string; role: UserRole; areaIds: string[] } }
> = gql`
  mutation CreateUser($input: UserInput!) {
    createUser(input: $input) {
      username
      role
      areaIds
    }
  }
`;
