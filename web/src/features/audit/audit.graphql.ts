/** The audit log for the administrator, and a person's 閲覧履歴. */
import type { TypedDocumentNode } from '@apollo/client';
import { gql } from '@apollo/client';
import type { AuditKind } from '../../models/audit';

export interface AuditEventRow {
  seq: number;
  at: string;
  kind: AuditKind;
  action: string;
  username: string | null;
  role: string | null;
  requestId: string | null;
  address: string | null;
  personIds: string[];
  level: string | null;
  entity: string | null;
  entityId: string | null;
  changes: { field: string; before: string | null; after: string | null }[];
  message: string | null;
}

export interface AuditEventsVariables {
  personId?: string;
  username?: string;
  from?: string;
  to?: string;
  kind?: AuditKind;
  limit: number;
  offset: number;
}

export const auditEventsQuery: TypedDocumentNode<{ auditEvents: AuditEventRow[] }, AuditEventsVariables> = gql`
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
`;

export interface TrailEntry {
  at: string;
  username: string | null;
  role: string | null;
  action: string;
  level: string | null;
}

export const personAuditTrailQuery: TypedDocumentNode<{ personAuditTrail: TrailEntry[] }, { personId: string }> = gql`
  query PersonAuditTrail($personId: ID!) {
    personAuditTrail(personId: $personId, limit: 20) {
      at
      username
      role
      action
      level
    }
  }
`;
