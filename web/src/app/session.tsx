/**
 * Who is logged in: the bearer token (kept for this browser tab only: offices share computers), the viewer from
 * `me`, and logging in and out. Children render only once the viewer is known.
 */
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { logoutMutation, meQuery } from '../features/account/account.graphql';
import { areasQuery } from '../features/map/areas.graphql';
import { askEarly } from '../features/map/earlyNetwork';
import type { MeQuery } from '../gql/graphql';
import { workingScope } from '../models/areaTree';
import { networkVariables } from '../models/detail';
import { type Rights, type Role, rightsOf } from '../models/permissions';
import { parseRoute } from '../models/route';
import { createClient } from './apollo';

export type UserRole = Role;

/** Who is logged in, as `me` answers. */
export type Viewer = MeQuery['me'];

const tokenKey = 'tsunagari.token';

interface SessionValue {
  token: string | undefined;
  /** Why the last session ended, to tell the user on the login screen. */
  endedBecause: 'expired' | 'logout' | undefined;
  signIn(token: string): void;
  /** Goes on with a new token of the same user (after a password change), keeping what is loaded. */
  renew(token: string): void;
  signOut(reason: 'expired' | 'logout'): void;
  /** Asks the server to revoke the token, then forgets it (also when the server cannot be reached). */
  logOut(): Promise<void>;
}

const SessionContext = createContext<SessionValue | undefined>(undefined);
const ViewerContext = createContext<Viewer | undefined>(undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState<string | undefined>(() => window.sessionStorage.getItem(tokenKey) ?? undefined);
  const [endedBecause, setEndedBecause] = useState<SessionValue['endedBecause']>();
  const tokenRef = useRef(token);
  tokenRef.current = token;

  const signOut = useCallback((reason: 'expired' | 'logout') => {
    window.sessionStorage.removeItem(tokenKey);
    tokenRef.current = undefined;
    setEndedBecause(reason);
    setToken(undefined);
  }, []);

  const client = useMemo(
    () => createClient({ token: () => tokenRef.current, onUnauthenticated: () => signOut('expired') }),
    [signOut],
  );

  useEffect(
    function prefetchTheMapOpenedDirectly() {
      // the map's answer is the long wait of its first paint: ask for it alongside `me`, not after it, with the
      // variables the map will ask with (features/map/earlyNetwork); a map of another day
      // waits for the map, which knows whether the viewer may look back
      const route = parseRoute(window.location.pathname, window.location.search);
      if (!tokenRef.current || route.name !== 'map' || route.asOf || route.from) return;
      const detail = { open: route.open ?? [], show: route.nodeId ? [route.nodeId] : [] };
      askEarly(client, networkVariables(route.areaId, false, detail));
    },
    [client],
  );

  const value = useMemo<SessionValue>(
    () => ({
      token,
      endedBecause,
      signIn(next) {
        window.sessionStorage.setItem(tokenKey, next);
        tokenRef.current = next;
        setEndedBecause(undefined);
        setToken(next);
        void client.resetStore();
      },
      renew(next) {
        window.sessionStorage.setItem(tokenKey, next);
        tokenRef.current = next;
        setToken(next);
      },
      signOut(reason) {
        signOut(reason);
        void client.clearStore();
      },
      async logOut() {
        await client.mutate({ mutation: logoutMutation }).catch(() => undefined);
        signOut('logout');
        void client.clearStore();
      },
    }),
    [token, endedBecause, signOut, client],
  );

  return (
    <ApolloProvider client={client}>
      <SessionContext.Provider value={value}>{children}</SessionContext.Provider>
    </ApolloProvider>
  );
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider above it');
  return value;
}

/** Loads `me` for a logged-in session and provides it; shows `fallback` while it loads. */
export function ViewerProvider({
  children,
  fallback,
}: {
  children: ReactNode;
  fallback: (state: { error?: unknown }) => ReactNode;
}) {
  const { data, error } = useQuery(meQuery, { fetchPolicy: 'network-only' });
  if (!data?.me) return <>{fallback({ error })}</>;
  return <ViewerContext.Provider value={data.me}>{children}</ViewerContext.Provider>;
}

export function useViewer(): Viewer {
  const value = useContext(ViewerContext);
  if (!value) throw new Error('useViewer needs a ViewerProvider above it');
  return value;
}

/** What the viewer may do (models/permissions.ts), with their areas' subtrees from the area list. */
export function useRights(): Rights {
  const viewer = useViewer();
  const areas = useQuery(areasQuery);
  return useMemo(
    () => rightsOf(viewer.role, areas.data ? workingScope(areas.data.areas, viewer.areaIds) : undefined),
    [viewer, areas.data],
  );
}
