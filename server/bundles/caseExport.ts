/**
 * The support files of an export, as rows keyed like their records (export.ts writes them as CSV): the cases of
 * the people and households exported, the meetings of the councils exported, each in a fixed order. A plan item's
 * tie is written as the tie's `since` and whether the item made it, since tie ids are not part of a bundle.
 * Only a case on the export is on an agenda of it.
 */
import type { Graph } from '../graph/graph.js';
import { inRevisionOrder } from '../vocabulary/caseCodes.js';
import type { CaseKey } from './bundle.types.js';
import * as q from './caseExport.queries.js';

type Row = Record<string, unknown>;

/** Plain code-unit order, the same on every machine (no locale); numbers as numbers. */
function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = a === null || a === undefined ? '' : String(a);
  const y = b === null || b === undefined ? '' : String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function sortBy(rows: Row[], ...keys: string[]): Row[] {
  return rows.sort((a, b) => {
    for (const key of keys) {
      const order = compare(a[key], b[key]);
      if (order !== 0) return order;
    }
    return 0;
  });
}

export interface CaseScope {
  all: boolean;
  subjectIds: string[];
  councilIds: string[];
}

export async function caseFileRows(graph: Graph, scope: CaseScope): Promise<Record<CaseKey, Row[]>> {
  const cases = await graph.read<q.CaseExportRow>(q.casesInScope, { ...scope });
  const caseIds = cases.map((row) => row.id);
  const plans = await graph.read<q.PlanExportRow>(q.plansOf, { caseIds });
  const tieIds = plans.flatMap((plan) => plan.items.flatMap((item) => (item.props.tieId ? [item.props.tieId] : [])));
  const ties = new Map(
    (await graph.read<q.ItemTieRow>(q.supportsByIds, { ids: [...new Set(tieIds)] })).map((tie) => [tie.id, tie]),
  );
  const monitoring = await graph.read<q.MonitoringExportRow>(q.monitoringOf, { caseIds });
  const exported = new Set(caseIds);
  const meetings = await graph.read<q.MeetingExportRow>(q.meetingsInScope, { ...scope });

  const items = plans.flatMap((plan) =>
    plan.items.map((item) => {
      const tie = item.props.tieId ? ties.get(item.props.tieId as string) : undefined;
      return {
        ...item.props,
        planId: plan.id,
        whoId: item.whoId,
        tie: tie ? (tie.planItemId === item.id ? 'MADE' : 'FOUND') : null,
        tieSince: tie?.since ?? null,
      };
    }),
  );
  const outcomes = sortBy(
    monitoring.map((record) => ({ ...record.props, caseId: record.caseId })),
    'id',
  ).flatMap((record) => {
    const itemIds = (record.outcomeItemIds as string[] | undefined) ?? [];
    const said = (record.outcomes as string[] | undefined) ?? [];
    return itemIds.map((itemId, at) => ({ monitoringId: record.id, itemId, outcome: said[at] ?? '' }));
  });
  return {
    cases: sortBy(
      cases.map((row) => ({
        ...row.props,
        subjectId: row.subjectId,
        team: [...row.team].sort(compare),
        referrerId: row.referrerId,
      })),
      'id',
    ),
    key_persons: sortBy(
      cases.flatMap((row) => row.terms.map((term) => ({ ...term, caseId: row.id }))),
      'caseId',
      'since',
      'personId',
    ),
    plans: sortBy(
      plans.map((plan) => ({ ...plan.props, caseId: plan.caseId, meetingId: plan.props.decidedAt ?? null })),
      'caseId',
      'version',
      'id',
    ),
    plan_items: sortBy(items, 'planId', 'position', 'id'),
    monitoring: sortBy(
      monitoring.map((record) => ({ ...record.props, caseId: record.caseId })),
      'caseId',
      'on',
      'id',
    ),
    monitoring_outcomes: outcomes,
    meetings: sortBy(
      meetings.map((row) => ({ ...row.props, councilId: row.councilId, attendees: [...row.attendees].sort(compare) })),
      'id',
    ),
    agenda: sortBy(
      meetings.flatMap((row) =>
        row.agenda
          .filter((item) => exported.has(item.caseId))
          .map((item) => ({ ...item, revised: inRevisionOrder(item.revised), meetingId: row.id })),
      ),
      'meetingId',
      'position',
      'caseId',
    ),
  };
}
