/**
 * The network as GEXF 1.3 (Gephi): a dynamic graph whose ties carry their `since`/`until` as spells, so Gephi's
 * timeline plays the network's history (a tie without dates is there all along); areas nest through `pid`. A tie
 * to someone the viewer does not see in detail has no dates in the `network` answer, so it has no spell here either.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type { Network } from '../network.type.js';
import { type Attribute, type AttributeType, edgeAttributes, type FileMeta, nodeAttributes } from './attributes.js';

const gexfNs = 'http://gexf.net/1.3';

const gexfType: Record<AttributeType, string> = { string: 'string', int: 'integer', boolean: 'boolean' };

function declare(graph: XMLBuilder, scope: 'node' | 'edge', attributes: readonly Attribute<never>[]) {
  const element = graph.ele('attributes', { class: scope, mode: 'static' });
  for (const { name, type } of attributes) element.ele('attribute', { id: name, title: name, type: gexfType[type] });
}

function writeValues<T>(element: XMLBuilder, attributes: readonly Attribute<T>[], of: T) {
  const values = element.ele('attvalues');
  for (const attribute of attributes) {
    const value = attribute.value(of);
    if (value !== undefined) values.ele('attvalue', { for: attribute.name, value: String(value) });
  }
}

/**
 * The end of a tie's spell: GEXF intervals include their end, and `until` is the first day a tie is no longer
 * active (a tie is active while `until` is after the day), so the spell ends the day before — never before it began.
 */
export function lastActiveDay(since: string | null, until: string): string {
  const day = new Date(`${until}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  const last = day.toISOString().slice(0, 10);
  return since && last < since ? since : last;
}

export function toGexf(network: Network, meta: FileMeta, exportedOn: string): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(gexfNs, 'gexf', {
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': `${gexfNs} ${gexfNs}/gexf.xsd`,
    version: '1.3',
  });
  const head = root.ele('meta', { lastmodifieddate: exportedOn });
  head.ele('creator').txt('Tsunagari');
  head
    .ele('description')
    .txt(`${meta.title} (${meta.areaId}), as of ${meta.asOf}${meta.includeEnded ? ', ended ties included' : ''}`);
  const graph = root.ele('graph', {
    mode: 'dynamic',
    defaultedgetype: 'directed',
    timeformat: 'date',
    timerepresentation: 'interval',
  });
  declare(graph, 'node', nodeAttributes);
  declare(graph, 'edge', edgeAttributes);

  const ids = new Set(network.nodes.map((node) => node.id));
  const nodes = graph.ele('nodes');
  for (const node of network.nodes) {
    const pid = node.parentId && ids.has(node.parentId) ? { pid: node.parentId } : {};
    writeValues(nodes.ele('node', { id: node.id, label: node.label, ...pid }), nodeAttributes, node);
  }
  const edges = graph.ele('edges');
  for (const edge of network.edges) {
    const element = edges.ele('edge', { id: edge.id, source: edge.source, target: edge.target, label: edge.type });
    writeValues(element, edgeAttributes, edge);
    if (edge.since || edge.until) {
      element.ele('spells').ele('spell', {
        ...(edge.since ? { start: edge.since } : {}),
        ...(edge.until ? { end: lastActiveDay(edge.since, edge.until) } : {}),
      });
    }
  }
  return root.end({ prettyPrint: true });
}
