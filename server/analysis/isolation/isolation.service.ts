/** Isolated people of an area (docs/DESIGN.md "Isolated people"): who they are, their ties and why they are listed. */
import { Disclosure } from '../../auth/disclosure.js';
import { restrictedParams } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Graph } from '../../graph/graph.js';
import { getPeopleFacts } from '../../people/personFacts.js';
import { BadInputError } from '../../shared/errors.js';
import { readInParts } from '../common/area.js';
import { fieldLabel, listJa } from '../common/words.js';
import {
  type IsolatedRow,
  type IsolationDetailRow,
  isolatedPeople as isolatedPeopleQuery,
  isolatedPeopleWithDetails,
} from './isolation.queries.js';
import { IsolatedPerson, PersonRef } from './isolation.type.js';

export type IsolationQuery = {
  areaId: string;
  /** The highest social degree still counted as isolated (0: no tie at all outside the household). */
  maxDegree: number;
  /** YYYY-MM-DD, already checked. */
  asOf: string;
  /** Whom the answer is for: people who do not exist for them (restricted) are not counted. None: the engine's own use. */
  viewer?: Viewer;
  /** Only the people located in these areas of the subtree (none: the whole subtree). */
  onlyAreas?: ReadonlySet<string>;
};

/** Runs the query over the area's subtree in parts at once, and joins the rows. */
async function inParts<Row>(
  graph: Graph,
  cypher: (maxDegree: number) => string,
  query: IsolationQuery,
): Promise<Row[]> {
  if (!Number.isInteger(query.maxDegree) || query.maxDegree < 0) {
    throw new BadInputError(`maxDegree is a whole number of ties, 0 or more, not ${query.maxDegree}`, 'maxDegree');
  }
  return readInParts<Row>(
    graph,
    query.areaId,
    cypher(query.maxDegree),
    {
      maxDegree: query.maxDegree,
      asOf: query.asOf,
      ...restrictedParams(query.viewer),
    },
    query.onlyAreas,
  );
}

/** The isolated people of the area's subtree, without details: the cheap pass other analyses build on. */
export function findIsolated(graph: Graph, query: IsolationQuery): Promise<IsolatedRow[]> {
  return inParts<IsolatedRow>(graph, isolatedPeopleQuery, query);
}

/** The reasons a person is listed, in the words a coordinator would use. */
export function reasonsFor(maxDegree: number, row: IsolationDetailRow): string[] {
  const reasons: string[] = [];
  const degree = row.socialDegree;
  if (degree === 0) reasons.push('世帯の外とのつながりがありません');
  else reasons.push(`世帯の外とのつながりが${degree}件だけです（基準：${maxDegree}件以下）`);
  if (row.formalTies === 0 && degree > 0) reasons.push('支援機関とのつながりがありません');
  if (row.endedTies > 0) reasons.push(`以前のつながり${row.endedTies}件が終わっています`);
  if (row.futureTies > 0) reasons.push(`まだ始まっていないつながりが${row.futureTies}件あります`);
  if (row.householdSize === 0) reasons.push('世帯の登録がありません');
  else if (row.householdSize === 1) reasons.push('一人暮らしです');
  if (row.unmetNeeds.length > 0) {
    reasons.push(`支援の届いていないニーズがあります（${listJa(row.unmetNeeds.map(fieldLabel))}）`);
  }
  return reasons;
}

/** The findings for isolatedPeople, most isolated first, then most unmet needs, then by id. */
export async function isolatedPeople(graph: Graph, query: IsolationQuery): Promise<IsolatedPerson[]> {
  const rows = await inParts<IsolationDetailRow>(graph, isolatedPeopleWithDetails, query);
  const findings = rows.map((row) =>
    Object.assign(new IsolatedPerson(), {
      person: Object.assign(new PersonRef(), { id: row.personId, name: row.name }),
      socialDegree: row.socialDegree,
      informalTies: row.informalTies,
      formalTies: row.formalTies,
      unmetNeeds: row.unmetNeeds,
      reasons: reasonsFor(query.maxDegree, row),
    }),
  );
  return findings.sort(
    (a, b) =>
      a.socialDegree - b.socialDegree ||
      b.unmetNeeds.length - a.unmetNeeds.length ||
      (a.person.id < b.person.id ? -1 : a.person.id > b.person.id ? 1 : 0),
  );
}

/** The findings as the viewer may see them: only people seen in detail (a restricted person is nobody's finding). */
export async function isolatedPeopleSeenBy(
  graph: Graph,
  viewer: Viewer,
  query: IsolationQuery,
): Promise<IsolatedPerson[]> {
  const findings = await isolatedPeople(graph, { ...query, viewer });
  const facts = await getPeopleFacts(
    graph,
    findings.map((finding) => finding.person.id),
  );
  const disclosure = new Disclosure(viewer, 'isolatedPeople');
  const seen = findings.filter((finding) => {
    const id = finding.person.id;
    const access = disclosure.access(id, facts.get(id) ?? { consent: 'RESTRICTED', areaPath: [] });
    if (access !== 'DETAILS') return false;
    disclosure.shown(id, access);
    return true;
  });
  await disclosure.record(graph);
  return seen;
}
