/**
 * Setting a finding aside (保留): checked as accepting it is (the finding is there as the viewer sees it now, and
 * they may change its subjects), recorded with the audit in one transaction; hidden from missingLinks until its
 * revisit date, then shown again by itself. The list (保留中) shows only what the viewer sees in detail.
 */
import { auditedWrite } from '../../audit/changes.js';
import { assertAreaAccess, assertMayEdit, assertSeesPeople } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Graph } from '../../graph/graph.js';
import { recordHouseholdsShown } from '../../households/household.access.js';
import { isIsoDate, today } from '../../shared/dates.js';
import { BadInputError } from '../../shared/errors.js';
import { TieEnds } from '../../ties/tie.access.js';
import type { DismissReasonCode } from '../../vocabulary/caseCodes.js';
import type { MissingLinkKind } from '../missing-links/missingLink.type.js';
import { currentFinding } from '../missing-links/missingLinks.service.js';
import * as q from './dismissal.queries.js';
import type { DismissedFinding } from './dismissal.type.js';

export interface Dismissal {
  kind: MissingLinkKind;
  subjectIds: string[];
  field: string | null;
  reason: DismissReasonCode;
  revisitOn: string;
  note: string | null;
}

function toDismissed({ key: _key, ...row }: q.DismissalRow): DismissedFinding {
  return { ...row, field: row.field ?? null, note: row.note ?? null };
}

export async function dismissFinding(graph: Graph, viewer: Viewer, input: Dismissal): Promise<DismissedFinding> {
  assertMayEdit(viewer);
  const now = today();
  if (!isIsoDate(input.revisitOn)) {
    throw new BadInputError(`revisitOn "${input.revisitOn}" is not a date written YYYY-MM-DD`, 'revisitOn');
  }
  if (input.revisitOn <= now) {
    throw new BadInputError(`revisitOn (${input.revisitOn}) must be after today (${now})`, 'revisitOn');
  }
  const finding = await currentFinding(graph, viewer, input.kind, {
    subjectIds: input.subjectIds,
    suggestedIds: [],
    field: input.field,
    note: null,
  });
  const ends = await TieEnds.of(graph, viewer, finding.subjectIds, 'dismissFinding');
  const key = q.findingKey(finding);
  const props = {
    key,
    kind: finding.kind,
    subjectIds: finding.subjectIds,
    field: finding.field,
    explanation: finding.explanation,
    reason: input.reason,
    note: input.note?.trim() || null,
    revisitOn: input.revisitOn,
    dismissedBy: viewer.username,
    dismissedAt: new Date().toISOString(),
    areaPath: [...new Set(finding.subjectIds.flatMap((id) => ends.row(id)?.areaPath ?? []))],
  };
  const [before] = await graph.read<q.DismissalRow>(q.dismissalByKey, { key });
  const personIds = finding.subjectIds.filter((id) => ends.row(id)?.label === 'Person');
  const after = await auditedWrite(
    graph,
    viewer,
    { action: 'dismissFinding', entity: 'DismissedFinding', entityId: key, personIds },
    before ? { ...before } : null,
    async (tx) => {
      const [row] = await tx.run<q.DismissalRow>(q.dismiss, { props });
      return { ...row };
    },
  );
  return toDismissed(after as unknown as q.DismissalRow);
}

/** 保留中: the findings of an area set aside today, those whose subjects the viewer sees in detail. */
export async function dismissedFindings(graph: Graph, viewer: Viewer, areaId: string): Promise<DismissedFinding[]> {
  assertSeesPeople(viewer, 'findings');
  assertAreaAccess(viewer, areaId);
  const rows = await graph.read<q.DismissalRow>(q.dismissedInArea, { areaId, today: today() });
  const ends = await TieEnds.of(
    graph,
    viewer,
    rows.flatMap((row) => row.subjectIds),
    'dismissedFindings',
  );
  const seen = rows.filter((row) => row.subjectIds.every((id) => ends.accessOf(id) === 'DETAILS'));
  const subjects = seen.flatMap((row) => row.subjectIds);
  for (const id of subjects) if (ends.row(id)?.label === 'Person') ends.disclosure.shown(id, 'DETAILS');
  await ends.disclosure.record(graph);
  const households = subjects.filter((id) => ends.row(id)?.label === 'Household');
  await recordHouseholdsShown(graph, viewer, 'dismissedFindings', households);
  return seen.map(toDismissed);
}
