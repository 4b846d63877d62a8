/** Cypher of the shared rate-limit counters: one RateCounter node per key, seen alike by every app server. */

export interface CounterRow {
  points: number;
  /** Epoch milliseconds when the window ends; null: never. */
  expire: number | null;
}

/**
 * Adds points to a key's counter, or starts a new window when the old one has passed (or `force` says so).
 * The first SET takes the node's write lock, so concurrent requests on several servers never lose a count.
 */
export const upsertCounter = `
MERGE (t:RateCounter {key: $key})
SET t.touchedAt = $now
WITH t, $force OR t.points IS NULL OR (t.expire IS NOT NULL AND t.expire <= $now) AS fresh
SET t.points = CASE WHEN fresh THEN $points ELSE t.points + $points END,
    t.expire = CASE WHEN fresh THEN $expire ELSE t.expire END
RETURN t.points AS points, t.expire AS expire`;

export const getCounter = `
MATCH (t:RateCounter {key: $key}) WHERE t.expire IS NULL OR t.expire > $now
RETURN t.points AS points, t.expire AS expire`;

export const deleteCounter = `
MATCH (t:RateCounter {key: $key}) DELETE t RETURN count(*) AS deleted`;

/** Counters whose window has passed tell nothing any more. */
export const deleteExpiredCounters = `
MATCH (t:RateCounter) WHERE t.expire IS NOT NULL AND t.expire <= $now
WITH t LIMIT 1000 DELETE t`;
