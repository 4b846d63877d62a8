/**
 * The audit log: every disclosure of a person, every change (before → after), every login, failed login and
 * refusal, with who, when, the request id and the address. Append-only and hash-chained (audit.queries.ts).
 */
import { createHash } from 'node:crypto';
import type { Graph, GraphTx } from '../graph/graph.js';
import { isIsoDate } from '../shared/dates.js';
import { BadInputError } from '../shared/errors.js';
import {
  appendEvent,
  type EventRow,
  type HeadRow,
  listEvents,
  lockHead,
  personTrail,
  type TrailRow,
  toAuditEvent,
} from './audit.queries.js';
import type { AuditEvent, PersonAuditEntry } from './audit.type.js';

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

/** The properties the hash covers, as `stored` writes them; the integrity walk recomputes over the same list. */
export const chainedFields = [
  'seq',
  'at',
  'kind',
  'action',
  'username',
  'role',
  'requestId',
  'address',
  'personIds',
  'level',
  'entity',
  'entityId',
  'changes',
  'message',
  'prev',
] as const;

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
  } satisfies Record<(typeof chainedFields)[number], unknown>;
  return { ...event, hash: chainHash(event) };
}

/** The hash that links an event to the one before it: over every stored property but the hash itself. */
export function chainHash(event: Record<string, unknown>): string {
  const keys = Object.keys(event)
    .filter((key) => key !== 'hash')
    .sort();
  const text = JSON.stringify(keys.map((key) => [key, event[key] ?? null]));
  return createHash('sha256').update(text).digest('hex');
}

/** Appends events inside the caller's transaction, so a change and its record commit together or not at all. */
export async function appendAudit(tx: GraphTx, actor: AuditActor, entries: AuditEntry[]): Promise<void> {
  const wanted = worthRecording(entries);
  if (wanted.length === 0) return;
  let [head] = await tx.run<HeadRow>(lockHead);
  for (const entry of wanted) {
    const event = stored(actor, entry, head, new Date().toISOString());
    await tx.run(appendEvent, { event });
    head = { seq: event.seq, hash: event.hash };
  }
}

/** A disclosure of nobody is no event. */
function worthRecording(entries: AuditEntry[]): AuditEntry[] {
  return entries.filter((entry) => entry.kind !== 'DISCLOSURE' || (entry.personIds?.length ?? 0) > 0);
}

/** Appends events in a transaction of their own (none when there is nothing to record). */
export async function audit(graph: Graph, actor: AuditActor, ...entries: AuditEntry[]): Promise<void> {
  if (worthRecording(entries).length === 0) return;
  return graph.transaction((tx) => appendAudit(tx, actor, entries), 'RECORD', { action: 'audit' });
}

export interface AuditFilter {
  personId: string | null;
  username: string | null;
  /** ISO date and time, inclusive. */
  from: string | null;
  /** ISO date and time, exclusive. */
  to: string | null;
  kind: string | null;
  offset: number;
  limit: number;
}

/** A page of events matching every filter given, newest first. */
export async function listAuditEvents(graph: Graph, filter: AuditFilter): Promise<AuditEvent[]> {
  const used = (['username', 'kind', 'from', 'to'] as const).filter((name) => filter[name] !== null);
  const rows = await graph.read<EventRow>(listEvents(filter.personId !== null, used), { ...filter });
  return rows.map(toAuditEvent);
}

/** Who was shown the person, newest first (the caller has checked the viewer may ask). */
export async function auditTrailOf(graph: Graph, personId: string, limit: number): Promise<PersonAuditEntry[]> {
  return graph.read<TrailRow>(personTrail, { personId, limit });
}

/**
 * A bound of the date range as an instant: a date (YYYY-MM-DD) means that day in the server's calendar, `to`
 * including the whole day; a date and time is taken as written.
 */
export function rangeBound(field: 'from' | 'to', value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (isIsoDate(value)) {
    const [year, month, day] = value.split('-').map(Number);
    return new Date(year, month - 1, field === 'to' ? day + 1 : day).toISOString();
  }
  const instant = /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : new Date(Number.NaN);
  if (Number.isNaN(instant.getTime())) {
    throw new BadInputError(`${field} "${value}" is neither a date (YYYY-MM-DD) nor an ISO date and time`, field);
  }
  return instant.toISOString();
}
