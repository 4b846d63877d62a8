/**
 * Two ecomaps of the same centre on two days side by side (「元気だった頃と、今」): laid out once from what either day
 * holds, so that everyone keeps their place and the difference reads at a glance. The later one marks what
 * appeared since the earlier day and keeps what disappeared as a ghost where it was.
 */
import { type EcomapChange, type EcomapDrawing, ecomapDrawing } from './ecomap';
import type { Network } from './network';

export interface ComparedEcomaps {
  /** The earlier day as it was. */
  earlier: EcomapDrawing;
  /** The later day, with `change` on what appeared and on the ghosts of what disappeared. */
  later: EcomapDrawing;
  /** How many of the drawn ties appeared and disappeared. */
  counts: Record<EcomapChange, number>;
}

function union(a: Network, b: Network): Network {
  const nodes = new Map([...a.nodes, ...b.nodes].map((node) => [node.id, node]));
  const edges = new Map([...a.edges, ...b.edges].map((edge) => [edge.id, edge]));
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

export function compareEcomaps(earlier: Network, later: Network, centreId: string): ComparedEcomaps {
  const whole = ecomapDrawing(union(earlier, later), centreId);
  const ids = (network: Network) => new Set([...network.nodes.map((n) => n.id), ...network.edges.map((e) => e.id)]);
  const before = ids(earlier);
  const after = ids(later);
  const changeOf = (id: string): EcomapChange | undefined =>
    after.has(id) && !before.has(id) ? 'appeared' : before.has(id) && !after.has(id) ? 'disappeared' : undefined;
  const householdOn = (present: Set<string>) =>
    whole.household && present.has(whole.household.id) ? whole.household : undefined;

  const earlierDrawing: EcomapDrawing = {
    ...whole,
    household: householdOn(before),
    nodes: whole.nodes.filter((node) => node.id === centreId || before.has(node.id)),
    edges: whole.edges.filter((edge) => before.has(edge.id)),
  };
  const laterDrawing: EcomapDrawing = {
    ...whole,
    household: householdOn(after) ?? householdOn(before),
    nodes: whole.nodes.map((node) => (node.id === centreId ? node : { ...node, change: changeOf(node.id) })),
    edges: whole.edges.map((edge) => ({ ...edge, change: changeOf(edge.id) })),
  };
  const counts = { appeared: 0, disappeared: 0 };
  for (const edge of laterDrawing.edges) if (edge.change) counts[edge.change] += 1;
  return { earlier: earlierDrawing, later: laterDrawing, counts };
}
