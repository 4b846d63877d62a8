/** What every resolver receives: who is asking, the graph, and an id for the logs. */
import type { TokenService } from './auth/tokens.js';
import type { Viewer } from './auth/viewer.js';
import type { Graph } from './graph/graph.js';

export interface Context {
  /** Undefined until the request carries a valid bearer token. */
  viewer: Viewer | undefined;
  graph: Graph;
  tokens: TokenService;
  requestId: string;
  /** The client's address, for the audit log. */
  address: string | null;
}
