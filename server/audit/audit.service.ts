/**
 * The audit log: every disclosure of a person, every change (before → after), every login, failed login and
 * refusal, with who, when, the request id and the address. Append-only and hash-chained (audit.queries.ts).
 */
import { createHash } from 'node:crypto';
import type { Graph, GraphTx } from '../graph/graph.js';
import { type HeadRow, appendEvent, lockHead } from './audit.queries.js';

export type AuditKind = 'DISCLOSURE' | 'CHANGE' | 'LOGIN' | 'LOGIN_FAILED' | 'LOGOUT' | 'REFUSAL' | 'ACCOUNT';

/** Who did it, from where, in which request. */
export interface AuditActor {
  username: string | null;
  role: string | null;
  requestId: string | null;
  address: string | null;
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface AuditEntry {
  kind: AuditKind;
  /** The operation or step, e.g. `network`, `updatePerson`, `login`. */
  action: string;
  /** The people disclosed (DISCLOSURE) or whose record changed (CHANGE). */
  personIds?: string[];
  /** DISCLOSURE: how much of them was shown. */
  level?: 'DETAILS' | 'NAME';
  /** CHANGE: the label and id of what changed. */
  entity?: string;
  entityId?: string;
  changes?: FieldChange[];
  /** REFUSAL, LOGIN_FAILED: what was refused and why. */
  message?: string;
}

/** The stored form: flat properties (Neo4j keeps no nested maps), the changes as JSON text. */
function stored(actor: AuditActor, entry: AuditEntry, head: HeadRow, at: string) {
  const event = {
    seq: head.seq + 1,
    at,
    kind: entry.kind,
    action: entry.action,
    username: actor.username,
    role: actor.role,
    requestId: actor.requestId,
    address: actor.address,
    personIds: entry.personIds ?? [],
    level: entry.level ?? null,
    entity: entry.entity ?? null,
    entityId: entry.entityId ?? null,
    changes: entry.changes ? JSON.stringify(entry.changes) : null,
    message: entry.message ?? null,
    prev: head.hash,
  };
  return { ...event, hash: chainHash(event) };
}

/** The hash that links an event to the one before it: over every stored property but the hash itself. */
export function chainHash(event: Record<string, unknown>): string {
  const keys = Object.keys(event).filter((key) => key !== 'hash').sort();
  const text = JSON.stringify(keys.map((key) => [key, event[key] ?? null]));
  return createHash('sha256').update(text).digest('hex');
}

/** Appends events inside the caller's transaction, so a change and its record commit together or not at all. */
export async function appendAudit(tx: GraphTx, actor: AuditActor, entries: AuditEntry[]): Promise<void> {
  const wanted = entries.filter((entry) => entry.kind !== 'DISCLOSURE' || (entry.personIds?.length ?? 0) > 0);
  if (wanted.length === 0) return;
  let [head] = await tx.run<HeadRow>(lockHead);
  for (const entry of wanted) {
    const event = stored(actor, entry, head, new Date().toISOString());
    await tx.run(appendEvent, { event });
    head = { seq: event.seq, hash: event.hash };
  }
}

/** Appends events in a transaction of their own. */
export function audit(graph: Graph, actor: AuditActor, ...entries: AuditEntry[]): Promise<void> {
  return graph.transaction((tx) => appendAudit(tx, actor, entries), 'WRITE', { action: 'audit' });
}
