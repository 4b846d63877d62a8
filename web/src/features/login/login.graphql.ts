/** The login mutation. */
import type { TypedDocumentNode } from '@apollo/client';
import { gql } from '@apollo/client';

export const loginMutation: TypedDocumentNode<{ login: string }, { username: string; password: string }> = gql`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password)
  }
`;
