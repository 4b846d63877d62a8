/**
 * A graph file of an area's network as the viewer may see it: the `network` answer itself (the same query, policy
 * and disclosure step, recorded in the audit log under the file's own action), written as GraphML or GEXF.
 */
import { assertMayLookBack } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Graph } from '../../graph/graph.js';
import { today } from '../../shared/dates.js';
import { BadInputError } from '../../shared/errors.js';
import { neutralLabelsOf } from '../../shared/neutralLabels.js';
import { readAsOf } from '../../shared/validate.js';
import { buildNetwork } from '../network.service.js';
import type { Network } from '../network.type.js';
import type { FileMeta } from './attributes.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';

export const networkFormats = ['graphml', 'gexf'] as const;
export type NetworkFormat = (typeof networkFormats)[number];

export interface NetworkFileRequest {
  areaId: string;
  format: string;
  /** YYYY-MM-DD; today when absent */
  asOf?: string | null;
  includeEnded?: boolean;
  /** people's and households' names replaced by neutral labels in this language (the web's export option) */
  neutral?: 'ja' | 'en';
}

export interface NetworkFile {
  filename: string;
  contentType: string;
  body: string;
}

const contentTypes: Record<NetworkFormat, string> = {
  graphml: 'application/graphml+xml; charset=utf-8',
  gexf: 'application/gexf+xml; charset=utf-8',
};

/** The audit log's name for each export (a disclosure like the map's, told apart from it). */
export const exportActions: Record<NetworkFormat, string> = { graphml: 'exportGraphml', gexf: 'exportGexf' };

function readFormat(format: string): NetworkFormat {
  const known = networkFormats.find((f) => f === format);
  if (!known) throw new BadInputError(`format "${format}" is not one of ${networkFormats.join(', ')}`, 'format');
  return known;
}

export async function networkFile(graph: Graph, viewer: Viewer, request: NetworkFileRequest): Promise<NetworkFile> {
  const format = readFormat(request.format);
  const asOf = readAsOf(request.asOf);
  const includeEnded = request.includeEnded ?? false;
  const now = today();
  assertMayLookBack(viewer, asOf, now, includeEnded);
  const shown = await buildNetwork(graph, viewer, request.areaId, asOf, includeEnded, undefined, exportActions[format]);
  const network = request.neutral ? withNeutralLabels(shown, request.neutral) : shown;
  const area = network.nodes.find((node) => node.id === request.areaId);
  const meta: FileMeta = { title: area?.label ?? request.areaId, areaId: request.areaId, asOf, includeEnded };
  const body = format === 'graphml' ? toGraphml(network, meta) : toGexf(network, meta, now);
  // the id may hold any character the data gave it: the file's name keeps only safe ones
  const stem = `tsunagari-${request.areaId.replace(/[^A-Za-z0-9_-]/g, '_')}-${asOf}`;
  return { filename: `${stem}.${format}`, contentType: contentTypes[format], body };
}

/** The network with people's and households' names replaced, as the map's PNG and SVG replace them. */
function withNeutralLabels(network: Network, lang: 'ja' | 'en'): Network {
  const labels = neutralLabelsOf(network.nodes, lang);
  return { ...network, nodes: network.nodes.map((node) => ({ ...node, label: labels.get(node.id) ?? node.label })) };
}
