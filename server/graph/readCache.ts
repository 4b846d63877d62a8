/**
 * Answers computed from the town's data, kept under the data version they were read at (dataVersion.ts): while no
 * write has happened since, the same statement with the same parameters gives the same rows, so they are read once.
 * Any write raises the version and the kept rows are dropped. Only for statements whose rows depend on nothing but
 * the data and their parameters (the day included): the policy is applied to the rows afterwards, in code, for
 * each viewer, and disclosures are recorded by the caller as ever.
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { RequestClosedError } from '../shared/errors.js';
import { readDataVersion } from './dataVersion.js';
import type { Graph, Params } from './graph.js';

/** The town's data version now (dataVersion.ts). */
export async function dataVersion(graph: Graph): Promise<number> {
  const [row] = await graph.read<{ n: number }>(readDataVersion);
  return row?.n ?? 0;
}

/** Rows kept per app server, at most (a whole-town map of the 100k town keeps about 3,000). */
const maxRows = 100_000;

interface Kept {
  version: number;
  rows: LRUCache<string, Promise<unknown[]>>;
}

const kept = new WeakMap<Graph, Kept>();

function keptFor(graph: Graph, version: number): Kept {
  // one cache for the app, whichever request's graph asks
  let entry = kept.get(graph.root);
  if (!entry || entry.version < version) {
    entry = {
      version,
      rows: new LRUCache<string, Promise<unknown[]>>({ maxSize: maxRows, sizeCalculation: () => 1 }),
    };
    kept.set(graph.root, entry);
  }
  return entry;
}

/**
 * The rows of a statement and the data version they were read at, in one transaction: the version first, so the
 * rows are at least that new. On a cluster the request's version and its statements may be answered by different
 * members, one of them behind; rows read by a member behind the request's version must not be kept under it.
 */
async function readAtVersion(graph: Graph, cypher: string, params: Params) {
  return graph.transaction(async (tx) => {
    const [row] = await tx.run<{ n: number }>(readDataVersion);
    return { version: row?.n ?? 0, rows: await tx.run<unknown>(cypher, params) };
  }, 'READ');
}

/**
 * The graph, with its reads kept at the current data version. Rows are handed out as copies, so a caller may
 * change them.
 */
export async function cachedReads(graph: Graph): Promise<Graph> {
  const version = await dataVersion(graph);
  const view: Graph = Object.create(graph);
  view.read = async <Row>(cypher: string, params: Params = {}): Promise<Row[]> => {
    const entry = keptFor(graph, version);
    // a request that read an older version than the one kept now reads the database (never an answer it cannot use)
    if (entry.version !== version) return graph.read<Row>(cypher, params);
    const key = createHash('sha256')
      .update(JSON.stringify([cypher, params]))
      .digest('base64');
    let rows = entry.rows.get(key);
    if (!rows) {
      const read = readAtVersion(graph, cypher, params);
      rows = read.then((found) => found.rows);
      // the same read asked twice at once is made once; a failed one, or one read at another version, is not kept
      entry.rows.set(key, rows);
      read.then(
        (found) =>
          found.version === version
            ? entry.rows.set(key, Promise.resolve(found.rows), { size: Math.max(1, found.rows.length) })
            : entry.rows.delete(key),
        () => entry.rows.delete(key),
      );
    }
    try {
      return structuredClone(await rows) as Row[];
    } catch (error) {
      // the same read, started by a request whose client went away: this one reads for itself
      if (error instanceof RequestClosedError) return graph.read<Row>(cypher, params);
      throw error;
    }
  };
  return view;
}
