/** What every resolver receives: who is asking, the graph, and an id for the logs. */
import type { LoginThrottle } from './auth/throttle.js';
import type { TokenClaims, TokenService } from './auth/tokens.js';
import type { Viewer } from './auth/viewer.js';
import type { Graph } from './graph/graph.js';

export interface Context {
  /** Undefined until the request carries a valid bearer token. */
  viewer: Viewer | undefined;
  /** The claims of that token (logout revokes it). */
  session?: TokenClaims;
  graph: Graph;
  tokens: TokenService;
  /** Failed-login counters shared by every app server. */
  logins: LoginThrottle;
  requestId: string;
  /** The client's address, for the audit log. */
  address: string | null;
}
