/**
 * A client that goes away (a page closed, a map left for another) stops what it asked for in the database: the
 * request's graph (Graph.forRequest) ends its running reads and refuses new ones, while writes and records of use
 * run to their end, and a read shared through the cache with a request still waiting is made again for it.
 */
import { describe, expect, it } from 'vitest';
import { cachedReads } from '../../server/graph/readCache.js';
import { RequestClosedError } from '../../server/shared/errors.js';
import { testGraph, uniquePrefix } from '../helpers/graph.js';

/** A read that takes minutes, marked so that it can be found among the database's transactions. */
function slowRead(marker: string): string {
  return `UNWIND range(1, 2000000000) AS i WITH i WHERE i = -1 RETURN count(*) AS found, '${marker}' AS marker`;
}

async function runningWith(marker: string): Promise<number> {
  const graph = await testGraph();
  const rows = await graph.autoCommit<{ query: string }>('SHOW TRANSACTIONS YIELD currentQuery AS query');
  return rows.filter((row) => row.query.includes(marker) && !row.query.includes('SHOW TRANSACTIONS')).length;
}

async function untilRunning(marker: string): Promise<void> {
  await expect.poll(() => runningWith(marker), { timeout: 20_000, interval: 100 }).toBe(1);
}

describe('a request whose client went away', () => {
  it('stops its running read in the database and answers RequestClosedError', async () => {
    const graph = await testGraph();
    const marker = uniquePrefix();
    const closed = new AbortController();
    const reading = graph.forRequest(closed.signal).read(slowRead(marker));
    const outcome = reading.then(
      () => 'answered',
      (error: unknown) => error,
    );
    await untilRunning(marker);
    closed.abort();
    expect(await outcome).toBeInstanceOf(RequestClosedError);
    await expect.poll(() => runningWith(marker), { timeout: 20_000, interval: 100 }).toBe(0);
  });

  it('refuses a new read at once, but lets a write and a record of use run', async () => {
    const graph = await testGraph();
    const closed = new AbortController();
    closed.abort();
    const request = graph.forRequest(closed.signal);
    await expect(request.read('RETURN 1 AS one')).rejects.toBeInstanceOf(RequestClosedError);
    const id = `${uniquePrefix()}closed-request`;
    try {
      await request.record('CREATE (:ClosedRequestProbe {id: $id})', { id });
      const [found] = await graph.read<{ n: number }>('MATCH (p:ClosedRequestProbe {id: $id}) RETURN count(p) AS n', {
        id,
      });
      expect(found.n).toBe(1);
      // clean-up after the client left goes through the app's graph
      expect(await request.root.read('RETURN 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await graph.record('MATCH (p:ClosedRequestProbe {id: $id}) DELETE p', { id });
    }
  });

  it('does not take down another request waiting on the same cached read', async () => {
    const graph = await testGraph();
    const marker = uniquePrefix();
    const leaving = new AbortController();
    const staying = new AbortController();
    const first = await cachedReads(graph.forRequest(leaving.signal));
    const second = await cachedReads(graph.forRequest(staying.signal));
    // a read that ends by itself, long enough to be shared and stopped
    const cypher = `UNWIND range(1, 30000000) AS i WITH i WHERE i = -1 RETURN count(*) + size('${marker}') * 0 AS found`;
    const gone = first.read(cypher).catch((error: unknown) => error);
    const waiting = second.read<{ found: number }>(cypher);
    await untilRunning(marker);
    leaving.abort();
    expect(await gone).toBeInstanceOf(RequestClosedError);
    expect(await waiting).toEqual([{ found: 0 }]);
  }, 120_000);
});
