/** The logged-in user's own account: logging out (the server revokes the token) and changing the password. */
import type { TypedDocumentNode } from '@apollo/client';
import { gql } from '@apollo/client';

export const logoutMutation: TypedDocumentNode<{ logout: boolean }, Record<string, never>> = gql`
  mutation Logout {
    logout
  }
`;

/** Answers with a new token: every older one, this tab's included, has ended. */
export const changePasswordMutation: TypedDocumentNode<{ changePassword: string }, { oldPassword: string; newPassword: string }> = gql`
  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {
    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
  }
`;
