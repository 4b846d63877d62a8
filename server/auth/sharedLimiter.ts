/**
 * Rate limits whose counters live in Neo4j (sharedLimiter.queries.ts), so that every app server behind one address
 * counts together: a limit of 10 is 10, not 10 per server. A rate-limiter-flexible store over our graph (the store
 * contract: _upsert, _get, _delete, _getRateLimiterRes); used by the login throttle and the bundle transfers.
 */
import { createRequire } from 'node:module';
import { RateLimiterRes, type RateLimiterStoreAbstract as StoreBase } from 'rate-limiter-flexible';
import type { Graph } from '../graph/graph.js';
import {
  type CounterRow,
  deleteCounter,
  deleteExpiredCounters,
  getCounter,
  upsertCounter,
} from './sharedLimiter.queries.js';

const require = createRequire(import.meta.url);
// the library's base for custom stores; its index exports only the built-in ones
const StoreAbstract = require('rate-limiter-flexible/lib/RateLimiterStoreAbstract.js') as typeof StoreBase;

export interface SharedLimiterOptions {
  /** Keeps one limiter's keys apart from another's (`login-user`, `bundle-import`…). */
  keyPrefix: string;
  /** Points a key may spend per window. */
  points: number;
  /** The window, in seconds. */
  duration: number;
}

export class SharedLimiter extends StoreAbstract {
  constructor(
    private readonly graph: Graph,
    options: SharedLimiterOptions,
  ) {
    super({ ...options, storeClient: graph });
  }

  _getRateLimiterRes(_key: string, changedPoints: number, row: CounterRow): RateLimiterRes {
    const consumed = row.points;
    const msBeforeNext = row.expire === null ? -1 : Math.max(row.expire - Date.now(), 0);
    return new RateLimiterRes(Math.max(this.points - consumed, 0), msBeforeNext, consumed, changedPoints === consumed);
  }

  async _upsert(key: string, points: number, msDuration: number, force = false): Promise<CounterRow> {
    const now = Date.now();
    const expire = msDuration > 0 ? now + msDuration : null;
    const [row] = await this.graph.record<CounterRow>(upsertCounter, { key, points, expire, now, force });
    return row;
  }

  async _get(key: string): Promise<CounterRow | null> {
    const [row] = await this.graph.read<CounterRow>(getCounter, { key, now: Date.now() });
    return row ?? null;
  }

  async _delete(key: string): Promise<boolean> {
    const [row] = await this.graph.record<{ deleted: number }>(deleteCounter, { key });
    return (row?.deleted ?? 0) > 0;
  }
}

/** Forgets the counters of every limiter whose window has passed. */
export async function deleteExpired(graph: Graph): Promise<void> {
  await graph.record(deleteExpiredCounters, { now: Date.now() });
}
