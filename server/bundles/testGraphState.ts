/** For tests: what the database holds under a prefix, to compare before and after an import. */
import type { Graph } from '../graph/graph.js';

export interface NodeState {
  label: string;
  props: Record<string, unknown>;
}

export interface EdgeState {
  from: string;
  type: string;
  to: string;
  props: Record<string, unknown>;
}

export async function nodesUnder(graph: Graph, prefix: string): Promise<NodeState[]> {
  return graph.read<NodeState>(
    'MATCH (n) WHERE n.id STARTS WITH $prefix RETURN labels(n)[0] AS label, properties(n) AS props ORDER BY n.id',
    { prefix },
  );
}

export async function edgesUnder(graph: Graph, prefix: string): Promise<EdgeState[]> {
  return graph.read<EdgeState>(
    `MATCH (a)-[r]->(b) WHERE a.id STARTS WITH $prefix
     RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props
     ORDER BY from, type, to, coalesce(r.since, '')`,
    { prefix },
  );
}

/** Nodes and relationships touching the prefix: the "nothing changed" check. */
export async function countUnder(graph: Graph, prefix: string): Promise<{ nodes: number; edges: number }> {
  const [row] = await graph.read<{ nodes: number; edges: number }>(
    `MATCH (n) WHERE n.id STARTS WITH $prefix
     OPTIONAL MATCH (n)-[r]-()
     RETURN count(DISTINCT n) AS nodes, count(DISTINCT r) AS edges`,
    { prefix },
  );
  return { nodes: row.nodes, edges: row.edges };
}
