/** The resource directory (生活便利帳) of an area, for any role that may open the area: nothing in it is about a person. */
import { assertAreaAccess } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Graph } from '../graph/graph.js';
import { today } from '../shared/dates.js';
import { NotFoundError } from '../shared/errors.js';
import * as q from './directory.queries.js';
import type { DirectoryArea, ResourceDirectory } from './directory.type.js';

/** The directory as its rows: what is public about an area, the one selection the sheet and the HSDS export share. */
export interface DirectoryRows {
  area: DirectoryArea;
  asOf: string;
  organizations: q.DirectoryOrganizationRow[];
  hubs: q.DirectoryHubRow[];
}

export async function directoryRows(graph: Graph, viewer: Viewer, areaId: string): Promise<DirectoryRows> {
  assertAreaAccess(viewer, areaId);
  const [area] = await graph.read<DirectoryArea>(q.directoryArea, { areaId });
  if (!area) throw new NotFoundError('Area', areaId);
  const asOf = today();
  const organizations = await graph.read<q.DirectoryOrganizationRow>(q.directoryOrganizations, { areaId, asOf });
  const hubs = await graph.read<q.DirectoryHubRow>(q.directoryHubs, { areaId, asOf });
  return { area, asOf, organizations, hubs };
}

export function resourceDirectory(graph: Graph, viewer: Viewer, areaId: string): Promise<ResourceDirectory> {
  return directoryRows(graph, viewer, areaId);
}
