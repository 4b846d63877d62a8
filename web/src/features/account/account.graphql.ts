/** The logged-in user's own account: who they are, logging out (the server revokes the token) and changing the password. */
import { graphql } from '../../gql';

export const meQuery = graphql(`
  query Me {
    me {
      username
      role
      areaIds
    }
  }
`);

export const logoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

/** Answers with a new token: every older one, this tab's included, has ended. */
export const changePasswordMutation = graphql(`
  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {
    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
  }
`);
