/** The audit log for the administrator, and a person's 閲覧履歴. */
import { graphql } from '../../gql';
import type { AuditEventsQuery } from '../../gql/graphql';

/** One event of the log, as the table shows it. */
export type AuditEventRow = AuditEventsQuery['auditEvents'][number];

export const auditEventsQuery = graphql(`
  query AuditEvents($personId: ID, $username: String, $from: String, $to: String, $kind: AuditKind, $limit: Int, $offset: Int) {
    auditEvents(personId: $personId, username: $username, from: $from, to: $to, kind: $kind, limit: $limit, offset: $offset) {
      seq
      at
      kind
      action
      username
      role
      requestId
      address
      personIds
      level
      entity
      entityId
      changes {
        field
        before
        after
      }
      message
    }
  }
`);

export const personAuditTrailQuery = graphql(`
  query PersonAuditTrail($personId: ID!) {
    personAuditTrail(personId: $personId, limit: 20) {
      at
      username
      role
      action
      level
    }
  }
`);
