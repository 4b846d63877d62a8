/** Writes with their record: the change and its before → after commit in one transaction, or neither does. */
import type { Viewer } from '../auth/viewer.js';
import { actorOf } from '../auth/viewer.js';
import type { Graph, GraphTx } from '../graph/graph.js';
import { appendAudit, type FieldChange } from './audit.service.js';

export type Snapshot = Record<string, unknown> | null;

/** The fields that differ between two snapshots (null: the entity did not exist, or no longer does). */
export function diff(before: Snapshot, after: Snapshot): FieldChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  return keys
    .map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }))
    .filter((change) => JSON.stringify(change.before) !== JSON.stringify(change.after));
}

export interface ChangeRecord {
  /** The mutation, e.g. `updatePerson`. */
  action: string;
  entity: string;
  entityId: string;
  /** The people whose record this changes (a person, a tie's person ends), for "who changed this person". */
  personIds?: string[];
}

/**
 * Runs the write and records it: `work` makes the change and returns the entity as it is afterwards (null when
 * deleted); `before` is how it was (null when new).
 */
export async function auditedWrite<T extends Snapshot>(
  graph: Graph,
  viewer: Viewer,
  record: ChangeRecord,
  before: Snapshot,
  work: (tx: GraphTx) => Promise<T>,
): Promise<T> {
  return graph.transaction(
    async (tx) => {
      const after = await work(tx);
      await appendAudit(tx, actorOf(viewer), [{ kind: 'CHANGE', ...record, changes: diff(before, after) }]);
      return after;
    },
    'WRITE',
    { action: record.action, username: viewer.username },
  );
}
