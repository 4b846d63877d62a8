/** A case row as the viewer may see it: the GraphQL Case, its parties through CaseParties. */
import type { CaseParties } from './case.access.js';
import type { CaseRow, MonitoringRow, PlanRow } from './case.queries.js';
import type { CaseParty, Monitoring, Plan, SupportCase } from './case.type.js';

const byVersionDesc = (a: PlanRow, b: PlanRow) => b.version - a.version;
const byDateDesc = (a: MonitoringRow, b: MonitoringRow) =>
  b.on.localeCompare(a.on) || b.recordedAt.localeCompare(a.recordedAt);

/** Someone the viewer may not know of is still a line of the plan: shown as nobody in particular. */
const unseen: CaseParty = { id: '', kind: 'Person', name: null };

function toPlan(row: PlanRow, parties: CaseParties): Plan {
  return {
    id: row.id,
    version: row.version,
    madeOn: row.madeOn,
    madeBy: row.madeBy,
    note: row.note ?? null,
    decidedAt: row.decidedAt ?? null,
    items: [...row.items]
      .sort((a, b) => a.position - b.position)
      .map((item) => ({
        id: item.id,
        who: parties.show(item.who) ?? unseen,
        what: item.what,
        field: item.field ?? null,
        startOn: item.startOn,
        reviewOn: item.reviewOn ?? null,
        status: item.status,
        tieId: item.tieId ?? null,
      })),
  };
}

function toMonitoring(row: MonitoringRow): Monitoring {
  return {
    id: row.id,
    on: row.on,
    who: row.who,
    seen: row.seen,
    outcomes: (row.outcomeItemIds ?? []).map((itemId, i) => ({ itemId, outcome: row.outcomes[i] ?? '' })),
    nextReviewOn: row.nextReviewOn ?? null,
    followUp: row.followUp ?? false,
    recordedBy: row.recordedBy,
  };
}

export function toCase(row: CaseRow, parties: CaseParties): SupportCase {
  const p = row.props;
  const terms = [...row.keyTerms].sort((a, b) => a.since.localeCompare(b.since) || (a.until ? -1 : 1));
  const history = terms.flatMap((term) => {
    const person = parties.show(term.person);
    return person ? [{ person, since: term.since, until: term.until ?? null, decidedAt: term.decidedAt ?? null }] : [];
  });
  const current = terms.find((term) => !term.until);
  const plans = [...row.plans].sort(byVersionDesc).map((plan) => toPlan(plan, parties));
  return {
    id: p.id,
    subject: parties.show(row.subject)!,
    areaId: row.areaId,
    status: p.status,
    openedOn: p.openedOn,
    openedBy: p.openedBy,
    route: p.route,
    referrer: row.referrer ? (parties.show(row.referrer) ?? null) : null,
    referrerNote: p.referrerNote ?? null,
    team: row.team.flatMap((member) => parties.show(member) ?? []).sort((a, b) => a.id.localeCompare(b.id)),
    keyPerson: current ? (parties.show(current.person) ?? null) : null,
    keyPersonHistory: history,
    direction: p.direction ?? null,
    reviewOn: p.reviewOn ?? null,
    plan: plans[0] ?? null,
    plans,
    monitoring: [...row.monitoring].sort(byDateDesc).map(toMonitoring),
    closedOn: p.closedOn ?? null,
    closeReason: p.closeReason ?? null,
    closeNote: p.closeNote ?? null,
    followUpOn: p.followUpOn ?? null,
    followUpDoneOn: p.followUpDoneOn ?? null,
  };
}
