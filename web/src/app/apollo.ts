/** The GraphQL client: the bearer token on every request, and a signal when the server says the login ended. */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { describeError } from '../models/errors';

export interface ClientOptions {
  /** The current bearer token, read on every request. */
  token(): string | undefined;
  /** Called when the server answers UNAUTHENTICATED to anything but `login`. */
  onUnauthenticated(): void;
}

export function createClient({ token, onUnauthenticated }: ClientOptions): ApolloClient {
  const auth = new SetContextLink((previous) => {
    const value = token();
    return value ? { headers: { ...previous.headers, authorization: `Bearer ${value}` } } : {};
  });
  const expiry = new ErrorLink(({ error, operation }) => {
    if (operation.operationName === 'Login') return;
    if (describeError(error).code === 'UNAUTHENTICATED') onUnauthenticated();
  });
  return new ApolloClient({
    link: ApolloLink.from([expiry, auth, new HttpLink({ uri: '/graphql' })]),
    cache: new InMemoryCache({
      typePolicies: {
        // map elements are values of one answer, not entities to merge across answers
        NetworkNode: { keyFields: false },
        NetworkEdge: { keyFields: false },
        Me: { keyFields: false },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}
