/**
 * Cypher for set-aside findings: one `DismissedFinding` per finding (its key: kind, subjects, field), with the
 * area path of its subject so that an area's list is found without looking up each subject.
 */
import type { DismissReasonCode } from '../../vocabulary/caseCodes.js';
import type { MissingLinkKind } from '../missing-links/missingLink.type.js';

/** The key of a finding: the same finding found again has the same key. */
export function findingKey(finding: { kind: string; subjectIds: readonly string[]; field: string | null }): string {
  return `${finding.kind}|${finding.subjectIds.join(',')}|${finding.field ?? ''}`;
}

export interface DismissalRow {
  key: string;
  kind: MissingLinkKind;
  subjectIds: string[];
  field: string | null;
  explanation: string;
  reason: DismissReasonCode;
  note: string | null;
  revisitOn: string;
  dismissedBy: string;
  dismissedAt: string;
}

const columns = `d.key AS key, d.kind AS kind, d.subjectIds AS subjectIds, d.field AS field,
  d.explanation AS explanation, d.reason AS reason, d.note AS note, d.revisitOn AS revisitOn,
  d.dismissedBy AS dismissedBy, d.dismissedAt AS dismissedAt`;

/** Sets a finding aside (again: the new reason and date replace the old). */
export const dismiss = `
MERGE (d:DismissedFinding {key: $props.key})
SET d += $props
RETURN ${columns}`;

export const dismissalByKey = `MATCH (d:DismissedFinding {key: $key}) RETURN ${columns}`;

/** Of these keys, those set aside on `$today` (until the day before their revisit date). */
export const hiddenKeys = `
UNWIND $keys AS key
MATCH (d:DismissedFinding {key: key}) WHERE d.revisitOn > $today
RETURN d.key AS key`;

/** The findings set aside in an area's subtree on `$today`. */
export const dismissedInArea = `
MATCH (d:DismissedFinding) WHERE d.revisitOn > $today AND $areaId IN d.areaPath
RETURN ${columns}
ORDER BY d.revisitOn, d.key`;
