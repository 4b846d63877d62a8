/**
 * Login throttling: failed logins are counted per username and per client address in rate-limiter-flexible
 * counters kept in Neo4j, so every app server behind a load balancer sees the same counts. A spent counter refuses
 * every login — the right password too — until its window passes.
 */
import { createRequire } from 'node:module';
import { RateLimiterRes, type RateLimiterStoreAbstract as StoreBase } from 'rate-limiter-flexible';
import type { Graph } from '../graph/graph.js';
import { TooManyAttemptsError } from '../shared/errors.js';
import {
  deleteCounter,
  deleteExpiredCounters,
  getCounter,
  type ThrottleRow,
  upsertCounter,
} from './throttle.queries.js';

const require = createRequire(import.meta.url);
// the library's base for custom stores; its index exports only the built-in ones
const StoreAbstract = require('rate-limiter-flexible/lib/RateLimiterStoreAbstract.js') as typeof StoreBase;

/** A rate-limiter-flexible store over our graph (the store contract: _upsert, _get, _delete, _getRateLimiterRes). */
class Neo4jLimiter extends StoreAbstract {
  constructor(
    private readonly graph: Graph,
    options: { keyPrefix: string; points: number; duration: number },
  ) {
    super({ ...options, storeClient: graph });
  }

  _getRateLimiterRes(_key: string, changedPoints: number, row: ThrottleRow): RateLimiterRes {
    const consumed = row.points;
    const msBeforeNext = row.expire === null ? -1 : Math.max(row.expire - Date.now(), 0);
    return new RateLimiterRes(Math.max(this.points - consumed, 0), msBeforeNext, consumed, changedPoints === consumed);
  }

  async _upsert(key: string, points: number, msDuration: number, force = false): Promise<ThrottleRow> {
    const now = Date.now();
    const expire = msDuration > 0 ? now + msDuration : null;
    const [row] = await this.graph.record<ThrottleRow>(upsertCounter, { key, points, expire, now, force });
    return row;
  }

  async _get(key: string): Promise<ThrottleRow | null> {
    const [row] = await this.graph.read<ThrottleRow>(getCounter, { key, now: Date.now() });
    return row ?? null;
  }

  async _delete(key: string): Promise<boolean> {
    const [row] = await this.graph.record<{ deleted: number }>(deleteCounter, { key });
    return (row?.deleted ?? 0) > 0;
  }
}

export interface ThrottleLimits {
  /** Failed logins one username may have per window. */
  perUsername: number;
  /** Failed logins one address may have per window (an office shares one address). */
  perAddress: number;
  /** The window, in seconds. */
  windowSeconds: number;
}

export const defaultLimits: ThrottleLimits = { perUsername: 10, perAddress: 100, windowSeconds: 15 * 60 };

export class LoginThrottle {
  private readonly byUsername: Neo4jLimiter;
  private readonly byAddress: Neo4jLimiter;

  constructor(
    private readonly graph: Graph,
    limits: ThrottleLimits = defaultLimits,
  ) {
    const duration = limits.windowSeconds;
    this.byUsername = new Neo4jLimiter(graph, { keyPrefix: 'login-user', points: limits.perUsername, duration });
    this.byAddress = new Neo4jLimiter(graph, { keyPrefix: 'login-address', points: limits.perAddress, duration });
  }

  /** Refuses with TOO_MANY_ATTEMPTS while the username's or the address's counter is spent. */
  async assertAllowed(username: string, address: string | null): Promise<void> {
    const counts = await Promise.all([this.byUsername.get(username), address ? this.byAddress.get(address) : null]);
    const limiters = [this.byUsername, this.byAddress];
    const waits = counts.map((res, i) => (res && res.consumedPoints >= limiters[i].points ? res.msBeforeNext : 0));
    const wait = Math.max(...waits);
    if (wait !== 0) throw new TooManyAttemptsError(wait < 0 ? limiters[0].duration : Math.ceil(wait / 1000));
  }

  async recordFailure(username: string, address: string | null): Promise<void> {
    await Promise.all([spend(this.byUsername, username), address ? spend(this.byAddress, address) : undefined]);
  }

  /** A right password clears the username's count (not the address's: one success must not reset a spray). */
  async recordSuccess(username: string): Promise<void> {
    await this.byUsername.delete(username);
    await this.graph.record(deleteExpiredCounters, { now: Date.now() });
  }
}

/** Counts one failure; the library rejects with a RateLimiterRes once the points are spent, which is expected here. */
async function spend(limiter: Neo4jLimiter, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
  }
}
