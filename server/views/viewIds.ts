/**
 * The entity ids a saved view holds. They are stored as the real ids (a stand-in differs between viewers, so a view
 * shared by link must not keep its owner's), and given back to each reader as that reader may see them: a person's
 * real id with DETAILS, the reader's stand-in with NAME or STAND_IN, nothing when hidden; a household (or a case
 * conference about one) only when seen in detail; areas, organizations, hubs and councils as they are.
 */
import { Disclosure } from '../auth/disclosure.js';
import { existsFor, restrictedParams } from '../auth/policy.js';
import { matchStandIns, standInPrefix } from '../auth/standIns.js';
import type { Viewer } from '../auth/viewer.js';
import type { Graph } from '../graph/graph.js';
import { nodesNamed } from '../graph/lookup.js';
import { householdAccesses } from '../households/household.access.js';
import { getPeopleFacts } from '../people/personFacts.js';
import { entityKinds } from '../vocabulary/ties.js';

const kindsOf = `
${nodesNamed(entityKinds)}
RETURN n.id AS id, label, n.householdId AS householdId`;

/** People of the area's subtree who exist for the viewer: the only ones a stand-in of theirs can stand for. */
const peopleInside = `
MATCH (:Area {id: $areaId})<-[:WITHIN*0..]-(:Area)<-[:LOCATED_IN]-(p:Person)
WHERE ${existsFor('p')}
RETURN p.id AS id`;

/** real id → the id this viewer is given for it; ids the viewer may not see are absent. */
export async function presentIds(
  graph: Graph,
  disclosure: Disclosure,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const shown = new Map<string, string>();
  if (ids.length === 0) return shown;
  const rows = await graph.read<{ id: string; label: string; householdId: string | null }>(kindsOf, {
    ids: [...new Set(ids)],
  });
  const people = rows.filter((row) => row.label === 'Person').map((row) => row.id);
  const households = rows.flatMap((row) =>
    row.label === 'Household' ? [row.id] : row.label === 'Council' && row.householdId ? [row.householdId] : [],
  );
  const facts = await getPeopleFacts(graph, people);
  const householdSeen = await householdAccesses(graph, disclosure.viewer, households);
  for (const row of rows) {
    if (row.label === 'Person') {
      const personFacts = facts.get(row.id);
      if (!personFacts) continue;
      const access = disclosure.access(row.id, personFacts);
      const id = disclosure.idFor(row.id, access);
      if (id === undefined) continue;
      disclosure.shown(row.id, access);
      shown.set(row.id, id);
    } else if (row.label === 'Household' || (row.label === 'Council' && row.householdId)) {
      if (householdSeen.get(row.label === 'Household' ? row.id : row.householdId!) === 'DETAILS') {
        shown.set(row.id, row.id);
      }
    } else {
      shown.set(row.id, row.id);
    }
  }
  return shown;
}

/**
 * The real ids behind ids a viewer gave (their stand-ins included), keeping only what the viewer is shown with
 * exactly that id: a guessed id of someone the viewer may not see is dropped, as if it named nothing.
 */
export async function resolveGivenIds(
  graph: Graph,
  viewer: Viewer,
  areaId: string,
  given: readonly string[],
): Promise<Map<string, string>> {
  const standIns = new Set(given.filter((id) => id.startsWith(standInPrefix)));
  const rows =
    standIns.size > 0 ? await graph.read<{ id: string }>(peopleInside, { areaId, ...restrictedParams(viewer) }) : [];
  const real = matchStandIns(
    viewer.username,
    rows.map((row) => row.id),
    standIns,
  );
  const candidates = [...new Set([...given.filter((id) => !standIns.has(id)), ...real.values()])];
  // nothing is recorded here: saving a view shows nothing; the read that follows records what it shows
  const shown = await presentIds(graph, new Disclosure(viewer, 'saveView'), candidates);
  const out = new Map<string, string>();
  for (const id of given) {
    const candidate = real.get(id) ?? id;
    if (shown.get(candidate) === id) out.set(id, candidate);
  }
  return out;
}
