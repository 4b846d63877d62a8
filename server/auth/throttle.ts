/**
 * Login throttling: failed logins are counted per username and per client address in counters kept in Neo4j
 * (sharedLimiter.ts), so every app server behind a load balancer sees the same counts. A spent counter refuses
 * every login — the right password too — until its window passes.
 */
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { Graph } from '../graph/graph.js';
import { TooManyAttemptsError } from '../shared/errors.js';
import { deleteExpired, SharedLimiter } from './sharedLimiter.js';

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
  private readonly byUsername: SharedLimiter;
  private readonly byAddress: SharedLimiter;

  constructor(
    private readonly graph: Graph,
    limits: ThrottleLimits = defaultLimits,
  ) {
    const duration = limits.windowSeconds;
    this.byUsername = new SharedLimiter(graph, { keyPrefix: 'login-user', points: limits.perUsername, duration });
    this.byAddress = new SharedLimiter(graph, { keyPrefix: 'login-address', points: limits.perAddress, duration });
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
    await deleteExpired(this.graph);
  }
}

/** Counts one failure; the library rejects with a RateLimiterRes once the points are spent, which is expected here. */
async function spend(limiter: SharedLimiter, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
  }
}
