/**
 * What removing each articulation point does to its component: the pieces it leaves, the largest of which is "the
 * rest", and how many nodes and people the others hold (cut off). Graph Data Science names the articulation points
 * but tells nothing of the pieces, and one connected-components run per articulation point would cost
 * points × (nodes + edges); one depth-first search (Hopcroft–Tarjan low points, with subtree sizes) gives every
 * point's pieces at once, in nodes + edges.
 */

export interface CutOff {
  /** Nodes separated from the largest piece left (households not counted: their members are). */
  nodes: number;
  /** The people among them. */
  people: number;
}

/** How a node counts: a person, another node (organization, hub, council), or not at all (a household). */
export type Weight = 'person' | 'node' | 'none';

/**
 * For each node of `points` (indexes into the adjacency), what its removal cuts off; a node that cuts nothing off
 * gets zeros. A household counts for nothing of its own, so that a person whose loss leaves only their household
 * node behind cuts nobody off.
 */
export function cutOffByRemoval(
  adjacency: readonly (readonly number[])[],
  weights: readonly Weight[],
  points: readonly number[],
): Map<number, CutOff> {
  const isPerson = weights.map((w) => w === 'person');
  const counts = weights.map((w) => (w === 'none' ? 0 : 1));
  const n = adjacency.length;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const size = new Int32Array(n);
  const people = new Int32Array(n);
  // pieces each node's removal separates below it in the search tree: [nodes, people] per separated child
  const below = new Map<number, [number, number][]>();
  const rootOf = new Int32Array(n);
  const componentSize = new Map<number, [number, number]>();
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    // iterative search: the stack holds [node, parent, next neighbour index]
    const stack: [number, number, number][] = [[root, -1, 0]];
    disc[root] = low[root] = time++;
    rootOf[root] = root;
    size[root] = counts[root];
    people[root] = isPerson[root] ? 1 : 0;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      const [v, parent] = top;
      const next = adjacency[v][top[2]++];
      if (next !== undefined) {
        if (disc[next] === -1) {
          disc[next] = low[next] = time++;
          rootOf[next] = root;
          size[next] = counts[next];
          people[next] = isPerson[next] ? 1 : 0;
          stack.push([next, v, 0]);
        } else if (next !== parent) {
          low[v] = Math.min(low[v], disc[next]);
        }
        continue;
      }
      stack.pop();
      if (parent === -1) continue;
      size[parent] += size[v];
      people[parent] += people[v];
      low[parent] = Math.min(low[parent], low[v]);
      if (low[v] >= disc[parent]) {
        const pieces = below.get(parent) ?? [];
        pieces.push([size[v], people[v]]);
        below.set(parent, pieces);
      }
    }
    componentSize.set(root, [size[root], people[root]]);
  }
  const result = new Map<number, CutOff>();
  for (const point of points) {
    const [total, totalPeople] = componentSize.get(rootOf[point]) ?? [counts[point], 0];
    const pieces = [...(below.get(point) ?? [])];
    const separated = pieces.reduce((sum, [s]) => sum + s, 0);
    const separatedPeople = pieces.reduce((sum, [, p]) => sum + p, 0);
    // what stays joined to the point's parent (the root has none)
    const above = total - counts[point] - separated;
    if (rootOf[point] !== point) {
      pieces.push([above, totalPeople - (isPerson[point] ? 1 : 0) - separatedPeople]);
    }
    if (pieces.length < 2) {
      result.set(point, { nodes: 0, people: 0 });
      continue;
    }
    // the rest is the largest piece (of two as large, the one with more people: fewer are said to be cut off)
    const rest = pieces.reduce((best, piece) =>
      piece[0] > best[0] || (piece[0] === best[0] && piece[1] > best[1]) ? piece : best,
    );
    const nodes = total - counts[point] - rest[0];
    const cutPeople = totalPeople - (isPerson[point] ? 1 : 0) - rest[1];
    result.set(point, { nodes, people: cutPeople });
  }
  return result;
}
