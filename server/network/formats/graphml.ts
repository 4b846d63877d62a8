/**
 * The network as GraphML (yEd, Cytoscape desktop, networkx, igraph): typed attributes declared as `<key>`s, and the
 * tiers as nested graphs — an area node holds a graph of its child areas and what lies in them. Edges are written
 * in the outer graph (GraphML lets an edge join nodes of any nesting depth). Area nodes that hold others carry
 * yEd's `yfiles.foldertype="group"`, which yEd and networkx read as "this node is a group".
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import type { Network, NetworkNode } from '../network.type.js';
import { type Attribute, edgeAttributes, type FileMeta, nodeAttributes } from './attributes.js';

const graphmlNs = 'http://graphml.graphdrawing.org/xmlns';
const graphmlXsd = 'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd';

const graphAttributes: readonly Attribute<FileMeta>[] = [
  { name: 'title', type: 'string', value: (m) => m.title },
  { name: 'areaId', type: 'string', value: (m) => m.areaId },
  { name: 'asOf', type: 'string', value: (m) => m.asOf },
  { name: 'includeEnded', type: 'boolean', value: (m) => m.includeEnded },
];

const keyId = (scope: string, name: string) => `${scope}_${name}`;

function writeData<T>(element: XMLBuilder, scope: string, attributes: readonly Attribute<T>[], of: T) {
  for (const attribute of attributes) {
    const value = attribute.value(of);
    if (value === undefined) continue;
    element.ele('data', { key: keyId(scope, attribute.name) }).txt(String(value));
  }
}

export function toGraphml(network: Network, meta: FileMeta): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(graphmlNs, 'graphml', {
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': `${graphmlNs} ${graphmlXsd}`,
  });
  for (const [scope, attributes] of [
    ['graph', graphAttributes],
    ['node', nodeAttributes],
    ['edge', edgeAttributes],
  ] as const) {
    for (const { name, type } of attributes as readonly Attribute<unknown>[]) {
      root.ele('key', { id: keyId(scope, name), for: scope, 'attr.name': name, 'attr.type': type }).up();
    }
  }

  const ids = new Set(network.nodes.map((node) => node.id));
  const children = new Map<string | null, NetworkNode[]>();
  for (const node of network.nodes) {
    const parent = node.parentId && ids.has(node.parentId) ? node.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), node]);
  }

  const graph = root.ele('graph', { id: 'network', edgedefault: 'directed' });
  writeData(graph, 'graph', graphAttributes, meta);
  const writeNodes = (into: XMLBuilder, parent: string | null) => {
    for (const node of children.get(parent) ?? []) {
      const inner = children.get(node.id);
      const element = into.ele('node', { id: node.id, ...(inner ? { 'yfiles.foldertype': 'group' } : {}) });
      writeData(element, 'node', nodeAttributes, node);
      if (inner) writeNodes(element.ele('graph', { id: `${node.id}::`, edgedefault: 'directed' }), node.id);
    }
  };
  writeNodes(graph, null);
  for (const edge of network.edges) {
    const element = graph.ele('edge', { id: edge.id, source: edge.source, target: edge.target });
    writeData(element, 'edge', edgeAttributes, edge);
  }
  return root.end({ prettyPrint: true });
}
