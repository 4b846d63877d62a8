/**
 * The attributes a graph file carries for each node and edge: exactly the fields of the `network` answer (after its
 * disclosure step), so a file never says more than the map. GraphML and GEXF both write from this one list.
 */
import type { NetworkEdge, NetworkNode } from '../network.type.js';

/** The value types the two formats share: GraphML's attr.type and GEXF's attribute type. */
export type AttributeType = 'string' | 'int' | 'boolean';

export interface Attribute<T> {
  name: string;
  type: AttributeType;
  /** The value written, or undefined for none (a missing value, not an empty one). */
  value(of: T): string | number | boolean | undefined;
}

/** Lists are written as one string joined by `;`, as the town bundle writes them. */
const list = (values: readonly string[]) => (values.length === 0 ? undefined : values.join(';'));
const text = (value: string | null) => value ?? undefined;

export const nodeAttributes: readonly Attribute<NetworkNode>[] = [
  { name: 'kind', type: 'string', value: (n) => n.kind },
  { name: 'label', type: 'string', value: (n) => n.label },
  { name: 'parentId', type: 'string', value: (n) => text(n.parentId) },
  { name: 'tier', type: 'int', value: (n) => n.tier ?? undefined },
  { name: 'subKind', type: 'string', value: (n) => text(n.subKind) },
  { name: 'roles', type: 'string', value: (n) => list(n.roles) },
  { name: 'fields', type: 'string', value: (n) => list(n.fields) },
  { name: 'tags', type: 'string', value: (n) => list(n.tags) },
  { name: 'ageBand', type: 'string', value: (n) => text(n.ageBand) },
  { name: 'anonymous', type: 'boolean', value: (n) => n.anonymous },
  { name: 'external', type: 'boolean', value: (n) => n.external },
];

export const edgeAttributes: readonly Attribute<NetworkEdge>[] = [
  { name: 'type', type: 'string', value: (e) => e.type },
  { name: 'category', type: 'string', value: (e) => e.category },
  { name: 'strength', type: 'string', value: (e) => e.strength },
  { name: 'since', type: 'string', value: (e) => text(e.since) },
  { name: 'until', type: 'string', value: (e) => text(e.until) },
  { name: 'active', type: 'boolean', value: (e) => e.active },
];

/** What the file is of, written into its header. */
export interface FileMeta {
  /** The area's name, as the map's title says it. */
  title: string;
  areaId: string;
  asOf: string;
  includeEnded: boolean;
}
