/**
 * Cypher of the audit log. Events are only ever created here: no statement anywhere updates or deletes an
 * AuditEvent (a test reads every query of the server to keep it so). Each event carries the hash of the one before
 * it, so an event changed or removed outside the application breaks the chain (audit.integrity.ts).
 */
import type { AuditKindCode } from './audit.type.js';

/** Indexes of what the log is read by: seq (newest first, the chain walk), time, who, kind, and the people named. */
export const auditSchema = [
  'CREATE INDEX audit_at IF NOT EXISTS FOR (e:AuditEvent) ON (e.at)',
  'CREATE CONSTRAINT audit_seq IF NOT EXISTS FOR (e:AuditEvent) REQUIRE e.seq IS UNIQUE',
  'CREATE INDEX audit_username IF NOT EXISTS FOR (e:AuditEvent) ON (e.username)',
  'CREATE INDEX audit_kind IF NOT EXISTS FOR (e:AuditEvent) ON (e.kind)',
  'CREATE CONSTRAINT audit_subject IF NOT EXISTS FOR (s:AuditSubject) REQUIRE s.personId IS UNIQUE',
  // one head: without the constraint two first writers on a new database could each make one and both take seq 1
  'CREATE CONSTRAINT audit_head IF NOT EXISTS FOR (h:AuditHead) REQUIRE h.name IS UNIQUE',
  "MERGE (head:AuditHead {name: 'audit'}) ON CREATE SET head.seq = 0, head.hash = ''",
];

/** Takes the chain's write lock (one head node) and returns the last sequence number and hash. */
export const lockHead = `
MERGE (head:AuditHead {name: 'audit'})
ON CREATE SET head.seq = 0, head.hash = ''
SET head.locked = true
RETURN head.seq AS seq, head.hash AS hash`;

/**
 * Creates the event and links it to one AuditSubject per person it names: a list property cannot be indexed,
 * so "the events about this person" is found through the subject's relationships instead of a scan.
 */
export const appendEvent = `
MATCH (head:AuditHead {name: 'audit'})
CREATE (e:AuditEvent)
SET e = $event, e.atText = $event.at, e.at = datetime($event.at)
SET head.seq = $event.seq, head.hash = $event.hash, head.locked = false
FOREACH (personId IN $event.personIds |
  MERGE (subject:AuditSubject {personId: personId})
  CREATE (e)-[:ABOUT]->(subject))
RETURN e.seq AS seq`;

export interface HeadRow {
  seq: number;
  hash: string;
}

/** Every stored property of an event (`at` as its ISO text, from `atText`). */
export interface EventRow {
  seq: number;
  at: string;
  kind: string;
  action: string;
  username: string | null;
  role: string | null;
  requestId: string | null;
  address: string | null;
  personIds: string[];
  level: string | null;
  entity: string | null;
  entityId: string | null;
  changes: string | null;
  message: string | null;
  prev: string;
  hash: string;
}

const eventColumns = `
RETURN e.seq AS seq, e.atText AS at, e.kind AS kind, e.action AS action, e.username AS username, e.role AS role,
  e.requestId AS requestId, e.address AS address, coalesce(e.personIds, []) AS personIds, e.level AS level,
  e.entity AS entity, e.entityId AS entityId, e.changes AS changes, e.message AS message, e.prev AS prev,
  e.hash AS hash`;

/** The filters of `auditEvents`, each a fixed fragment over one indexed property; values are parameters. */
export const eventFilters = {
  username: 'e.username = $username',
  kind: 'e.kind = $kind',
  from: 'e.at >= datetime($from)',
  to: 'e.at < datetime($to)',
} as const;
export type EventFilter = keyof typeof eventFilters;

/**
 * A page of events, newest first. With a person, the walk starts at their subject node; the WHERE clause is
 * built only from `eventFilters`, so the planner sees plain predicates it can serve from an index.
 */
export function listEvents(byPerson: boolean, filters: EventFilter[]): string {
  const start = byPerson
    ? 'MATCH (:AuditSubject {personId: $personId})<-[:ABOUT]-(e:AuditEvent)'
    : 'MATCH (e:AuditEvent) WHERE e.seq IS NOT NULL';
  const where = filters.map((filter) => eventFilters[filter]);
  const clause = where.length === 0 ? '' : `${byPerson ? 'WHERE' : 'AND'} ${where.join(' AND ')}`;
  return `${start}\n${clause}\nWITH e ORDER BY e.seq DESC SKIP toInteger($offset) LIMIT toInteger($limit)${eventColumns}`;
}

/** Who was shown a person: their disclosures, newest first. */
export const personTrail = `
MATCH (:AuditSubject {personId: $personId})<-[:ABOUT]-(e:AuditEvent {kind: 'DISCLOSURE'})
WITH e ORDER BY e.seq DESC LIMIT toInteger($limit)
RETURN e.atText AS at, e.username AS username, e.role AS role, e.action AS action, e.level AS level`;

export interface TrailRow {
  at: string;
  username: string | null;
  role: string | null;
  action: string;
  level: string | null;
}

/** The chain's head, and how many events lie outside the chain (no sequence number). */
export const chainHead = `
OPTIONAL MATCH (head:AuditHead {name: 'audit'})
CALL () { MATCH (e:AuditEvent) WHERE e.seq IS NULL RETURN count(e) AS unchained }
RETURN coalesce(head.seq, 0) AS seq, coalesce(head.hash, '') AS hash, unchained`;

export interface ChainHeadRow extends HeadRow {
  unchained: number;
}

/** One batch of the chain in sequence order, every property as stored (the walk recomputes the hash over them). */
export const chainBatch = `
MATCH (e:AuditEvent) WHERE e.seq > $after AND e.seq <= $until
WITH e ORDER BY e.seq LIMIT toInteger($batch)
RETURN properties(e) AS properties`;

export interface ChainBatchRow {
  properties: Record<string, unknown>;
}

/** The API's event: the changes' JSON text parsed into fields, each value kept as JSON text. */
export function toAuditEvent(row: EventRow) {
  const changes = row.changes
    ? (JSON.parse(row.changes) as { field: string; before?: unknown; after?: unknown }[])
    : [];
  return {
    ...row,
    kind: row.kind as AuditKindCode,
    changes: changes.map((change) => ({
      field: change.field,
      before: asJson(change.before),
      after: asJson(change.after),
    })),
  };
}

function asJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}
