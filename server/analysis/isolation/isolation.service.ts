/** Isolated people of an area (DESIGN.md "Isolated people"): who they are, their ties and why they are listed. */
import type { Graph } from '../../graph/graph.js';
import { BadInputError } from '../../shared/errors.js';
import { requireArea } from '../common/area.js';
import { fieldLabel, listJa } from '../common/words.js';
import {
  type IsolatedRow,
  type IsolationDetailRow,
  isolatedPeople as isolatedPeopleQuery,
  isolationDetails,
} from './isolation.queries.js';
import { IsolatedPerson, PersonRef } from './isolation.type.js';

export type IsolationQuery = {
  areaId: string;
  /** The highest social degree still counted as isolated (0: no tie at all outside the household). */
  maxDegree: number;
  /** YYYY-MM-DD, already checked. */
  asOf: string;
};

/** The isolated people of the area's subtree, without details: the cheap pass other analyses build on. */
export async function findIsolated(graph: Graph, query: IsolationQuery): Promise<IsolatedRow[]> {
  if (!Number.isInteger(query.maxDegree) || query.maxDegree < 0) {
    throw new BadInputError(`maxDegree is a whole number of ties, 0 or more, not ${query.maxDegree}`, {
      argument: 'maxDegree',
    });
  }
  await requireArea(graph, query.areaId);
  return graph.read<IsolatedRow>(isolatedPeopleQuery, query);
}

/** The reasons a person is listed, in the words a coordinator would use. */
export function reasonsFor(degree: number, maxDegree: number, detail: IsolationDetailRow): string[] {
  const reasons: string[] = [];
  if (degree === 0) reasons.push('世帯の外とのつながりがありません');
  else reasons.push(`世帯の外とのつながりが${degree}件だけです（基準：${maxDegree}件以下）`);
  if (detail.formalTies === 0 && degree > 0) reasons.push('支援機関とのつながりがありません');
  if (detail.endedTies > 0) reasons.push(`以前のつながり${detail.endedTies}件が終わっています`);
  if (detail.futureTies > 0) reasons.push(`まだ始まっていないつながりが${detail.futureTies}件あります`);
  if (detail.householdSize === 0) reasons.push('世帯の登録がありません');
  else if (detail.householdSize === 1) reasons.push('一人暮らしです');
  if (detail.unmetNeeds.length > 0) {
    reasons.push(`支援の届いていないニーズがあります（${listJa(detail.unmetNeeds.map(fieldLabel))}）`);
  }
  return reasons;
}

/** The findings for isolatedPeople, most isolated first, then most unmet needs, then by id. */
export async function isolatedPeople(graph: Graph, query: IsolationQuery): Promise<IsolatedPerson[]> {
  const rows = await findIsolated(graph, query);
  if (rows.length === 0) return [];
  const details = await graph.read<IsolationDetailRow>(isolationDetails, {
    personIds: rows.map((row) => row.personId),
    asOf: query.asOf,
  });
  const byId = new Map(details.map((detail) => [detail.personId, detail]));
  const findings = rows.map((row) => {
    const detail = byId.get(row.personId)!;
    return Object.assign(new IsolatedPerson(), {
      person: Object.assign(new PersonRef(), { id: row.personId, name: detail.name }),
      socialDegree: row.socialDegree,
      informalTies: detail.informalTies,
      formalTies: detail.formalTies,
      unmetNeeds: detail.unmetNeeds,
      reasons: reasonsFor(row.socialDegree, query.maxDegree, detail),
    });
  });
  return findings.sort(
    (a, b) =>
      a.socialDegree - b.socialDegree ||
      b.unmetNeeds.length - a.unmetNeeds.length ||
      (a.person.id < b.person.id ? -1 : a.person.id > b.person.id ? 1 : 0),
  );
}
