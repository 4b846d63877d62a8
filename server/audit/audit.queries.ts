/**
 * Cypher of the audit log. Events are only ever created here: no statement anywhere updates or deletes an
 * AuditEvent (a test reads every query of the server to keep it so). Each event carries the hash of the one before
 * it, so an event changed or removed outside the application breaks the chain (`verifyAuditChain`).
 */

/** Takes the chain's write lock (one head node) and returns the last sequence number and hash. */
export const lockHead = `
MERGE (head:AuditHead {name: 'audit'})
ON CREATE SET head.seq = 0, head.hash = ''
SET head.locked = true
RETURN head.seq AS seq, head.hash AS hash`;

export const appendEvent = `
MATCH (head:AuditHead {name: 'audit'})
CREATE (e:AuditEvent)
SET e = $event, e.atText = $event.at, e.at = datetime($event.at)
SET head.seq = $event.seq, head.hash = $event.hash, head.locked = false
RETURN e.seq AS seq`;

export interface HeadRow {
  seq: number;
  hash: string;
}
