/** The login mutation. */
import { graphql } from '../../gql';

export const loginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password)
  }
`);
