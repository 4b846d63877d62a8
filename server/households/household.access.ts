/**
 * How much of a household a viewer may see. A household's name is usually the family name and its members are
 * people, so it is seen no better than its least visible member: a household with a restricted member is hidden
 * from everyone the policy hides that member from. An empty household is judged by its area.
 */
import { Disclosure } from '../auth/disclosure.js';
import { isAdmin, least, type PersonAccess, type PersonFacts, personAccess, seesPeople } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Graph } from '../graph/graph.js';
import { ForbiddenError } from '../shared/errors.js';

export interface HouseholdFactsRow {
  id: string;
  /** the household's area and every area above */
  areaPath: string[];
  members: (PersonFacts & { id: string })[];
}

export const householdFacts = `
UNWIND $ids AS id
MATCH (h:Household {id: id})
RETURN h.id AS id, [(h)-[:LOCATED_IN]->(:Area)-[:WITHIN*0..]->(up:Area) | up.id] AS areaPath,
       [(h)<-[:MEMBER_OF]-(p:Person) | {id: p.id, consent: p.consent, restrictedFor: coalesce(p.restrictedFor, []),
         areaPath: [(p)-[:LOCATED_IN]->(:Area)-[:WITHIN*0..]->(up:Area) | up.id]}] AS members`;

/** A household's name is usually the family name: only those who see people see households. */
export function assertSeesHouseholds(viewer: Viewer): Viewer {
  if (!seesPeople(viewer)) throw new ForbiddenError('your role sees households only as counts');
  return viewer;
}

export function householdAccess(viewer: Viewer, row: Pick<HouseholdFactsRow, 'areaPath' | 'members'>): PersonAccess {
  // an empty household is judged as a person of no consent in its area would be
  if (row.members.length === 0) return personAccess(viewer, { consent: 'NONE', areaPath: row.areaPath });
  return row.members.map((member) => personAccess(viewer, member)).reduce(least);
}

export async function householdAccesses(
  graph: Graph,
  viewer: Viewer,
  ids: string[],
): Promise<Map<string, PersonAccess>> {
  // the answer the rule gives without asking the database: everything for ADMIN, never details for who sees no people
  if (isAdmin(viewer) || !seesPeople(viewer)) {
    const access: PersonAccess = isAdmin(viewer) ? 'DETAILS' : 'STAND_IN';
    const found =
      ids.length === 0
        ? []
        : await graph.read<{ id: string }>('UNWIND $ids AS id MATCH (h:Household {id: id}) RETURN h.id AS id', { ids });
    return new Map(found.map((row) => [row.id, access]));
  }
  const rows = await graph.read<HouseholdFactsRow>(householdFacts, { ids });
  return new Map(rows.map((row) => [row.id, householdAccess(viewer, row)]));
}

/** Whether the viewer sees the household in detail (false too when it does not exist). */
export async function visibleHousehold(graph: Graph, viewer: Viewer, id: string): Promise<boolean> {
  return (await householdAccesses(graph, viewer, [id])).get(id) === 'DETAILS';
}

/** Records that these households (their name and members) were shown in detail: each member is disclosed. */
export async function recordHouseholdsShown(
  graph: Graph,
  viewer: Viewer,
  action: string,
  ids: string[],
): Promise<void> {
  if (ids.length === 0) return;
  const [row] = await graph.read<{ members: string[] }>(
    'UNWIND $ids AS id MATCH (p:Person)-[:MEMBER_OF]->(:Household {id: id}) RETURN collect(DISTINCT p.id) AS members',
    { ids },
  );
  const disclosure = new Disclosure(viewer, action);
  for (const id of row?.members ?? []) disclosure.shown(id, 'DETAILS');
  await disclosure.record(graph);
}
