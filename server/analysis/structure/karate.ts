/**
 * Zachary's karate club (W. W. Zachary, "An information flow model for conflict and fission in small groups",
 * 1977): 34 members, 78 friendships, numbered 1–34 as in the paper. A classic published network to check the
 * structure analysis against.
 */
export const karateEdges: readonly (readonly [number, number])[] = [
  [1, 2],
  [1, 3],
  [1, 4],
  [1, 5],
  [1, 6],
  [1, 7],
  [1, 8],
  [1, 9],
  [1, 11],
  [1, 12],
  [1, 13],
  [1, 14],
  [1, 18],
  [1, 20],
  [1, 22],
  [1, 32],
  [2, 3],
  [2, 4],
  [2, 8],
  [2, 14],
  [2, 18],
  [2, 20],
  [2, 22],
  [2, 31],
  [3, 4],
  [3, 8],
  [3, 9],
  [3, 10],
  [3, 14],
  [3, 28],
  [3, 29],
  [3, 33],
  [4, 8],
  [4, 13],
  [4, 14],
  [5, 7],
  [5, 11],
  [6, 7],
  [6, 11],
  [6, 17],
  [7, 17],
  [9, 31],
  [9, 33],
  [9, 34],
  [10, 34],
  [14, 34],
  [15, 33],
  [15, 34],
  [16, 33],
  [16, 34],
  [19, 33],
  [19, 34],
  [20, 34],
  [21, 33],
  [21, 34],
  [23, 33],
  [23, 34],
  [24, 26],
  [24, 28],
  [24, 30],
  [24, 33],
  [24, 34],
  [25, 26],
  [25, 28],
  [25, 32],
  [26, 32],
  [27, 30],
  [27, 34],
  [28, 34],
  [29, 32],
  [29, 34],
  [30, 33],
  [30, 34],
  [31, 33],
  [31, 34],
  [32, 33],
  [32, 34],
  [33, 34],
];

/** Adjacency lists of an undirected edge list over nodes 1…n. */
export function adjacency(n: number, edges: readonly (readonly [number, number])[]): number[][] {
  const adj: number[][] = Array.from({ length: n + 1 }, () => []);
  for (const [a, b] of edges) {
    adj[a].push(b);
    adj[b].push(a);
  }
  return adj;
}

/** Connected components of nodes 1…n, leaving out the `removed` node. */
export function componentCount(adj: number[][], removed?: number): number {
  const seen = new Set<number>(removed === undefined ? [] : [removed]);
  let count = 0;
  for (let start = 1; start < adj.length; start++) {
    if (seen.has(start)) continue;
    count++;
    const stack = [start];
    seen.add(start);
    while (stack.length > 0) {
      for (const next of adj[stack.pop()!]) {
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
  }
  return count;
}

/** Exact betweenness of an unweighted undirected graph (Brandes 2001), each unordered pair counted once. */
export function brandes(adj: number[][]): number[] {
  const n = adj.length;
  const centrality = new Array<number>(n).fill(0);
  for (let s = 1; s < n; s++) {
    const stack: number[] = [];
    const predecessors: number[][] = Array.from({ length: n }, () => []);
    const sigma = new Array<number>(n).fill(0);
    const distance = new Array<number>(n).fill(-1);
    sigma[s] = 1;
    distance[s] = 0;
    const queue = [s];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head];
      stack.push(v);
      for (const w of adj[v]) {
        if (distance[w] < 0) {
          distance[w] = distance[v] + 1;
          queue.push(w);
        }
        if (distance[w] === distance[v] + 1) {
          sigma[w] += sigma[v];
          predecessors[w].push(v);
        }
      }
    }
    const delta = new Array<number>(n).fill(0);
    while (stack.length > 0) {
      const w = stack.pop()!;
      for (const v of predecessors[w]) delta[v] += (sigma[v] / sigma[w]) * (1 + delta[w]);
      if (w !== s) centrality[w] += delta[w];
    }
  }
  return centrality.map((c) => c / 2);
}
