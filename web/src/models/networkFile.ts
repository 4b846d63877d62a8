/**
 * The graph files of an area's network the server writes (GraphML for yEd and Cytoscape desktop, GEXF for Gephi):
 * the address to ask for one, as the map shows the network. GEXF plays the network's history on Gephi's timeline,
 * so it asks for ended ties too where the role may look back.
 */
import type { Lang } from './vocabulary';

export type NetworkFileFormat = 'graphml' | 'gexf';

export interface NetworkFileRequest {
  areaId: string;
  format: NetworkFileFormat;
  /** the day the map shows, when not today */
  asOf?: string;
  /** whether the map draws ended ties */
  includeEnded: boolean;
  /** whether the role may see ended ties and other days (lookBack.ts) */
  mayLookBack: boolean;
  /** people's and households' names replaced, in this language */
  neutral?: Lang;
}

export function networkFileUrl(request: NetworkFileRequest): string {
  const search = new URLSearchParams({ areaId: request.areaId, format: request.format });
  if (request.asOf) search.set('asOf', request.asOf);
  const ended = request.includeEnded || (request.format === 'gexf' && request.mayLookBack);
  if (ended && request.mayLookBack) search.set('includeEnded', 'true');
  if (request.neutral) {
    search.set('neutral', 'true');
    search.set('lang', request.neutral);
  }
  return `/api/network/file?${search}`;
}
