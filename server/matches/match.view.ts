/** A match row as the GraphQL Match (its person already seen in detail: match.access.ts decides). */
import type { FollowUpRow, MatchRow } from './match.queries.js';
import type { MatchFollowUp, ParticipationMatch } from './match.type.js';

const newestFirst = (a: FollowUpRow, b: FollowUpRow) =>
  b.on.localeCompare(a.on) || b.recordedAt.localeCompare(a.recordedAt);

function toFollowUp(row: FollowUpRow): MatchFollowUp {
  return {
    id: row.id,
    on: row.on,
    who: row.who,
    howItGoes: row.howItGoes,
    hostConcerns: row.hostConcerns ?? null,
    nextOn: row.nextOn ?? null,
    recordedBy: row.recordedBy,
  };
}

export function toMatch(row: MatchRow): ParticipationMatch {
  const p = row.props;
  return {
    id: p.id,
    person: { id: p.personId, name: row.personName },
    place: { id: row.place.id, kind: row.place.kind, name: row.place.name ?? null },
    areaId: row.areaId,
    stage: p.stage,
    role: p.role,
    proposedOn: p.proposedOn,
    startedOn: p.startedOn ?? null,
    endedOn: p.endedOn ?? null,
    steps: p.stageCodes.map((stage, i) => ({ stage, on: p.stageDates[i], by: p.stageBys[i] })),
    followUps: [...row.followUps].sort(newestFirst).map(toFollowUp),
    nextFollowUpOn: p.nextFollowUpOn ?? null,
    tieId: p.tieId ?? null,
    suggestedAs: p.suggestedAs ?? null,
    note: p.note ?? null,
  };
}
