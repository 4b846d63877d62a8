/**
 * The structure as a viewer may see it, the way the map shows the network (server/network): people the viewer does
 * not see in detail keep their place under the map's stand-in ids, restricted people are left out, and households
 * are left out unless seen in detail. Who sees what is the policy's to say, through the disclosure step.
 */
import { Disclosure } from '../../auth/disclosure.js';
import { isAdmin, seesPeople } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Graph } from '../../graph/graph.js';
import { householdAccesses } from '../../households/household.access.js';
import { getPeopleFacts } from '../../people/personFacts.js';
import { compareCutPoints, toCutPoint } from './cutPoints.view.js';
import { Broker, Community, NetworkStructure } from './structure.type.js';

const caseConferencesAmong = `
MATCH (c:Council) WHERE c.id IN $ids AND c.householdId IS NOT NULL
RETURN c.id AS id, c.householdId AS householdId`;

export async function asSeenBy(graph: Graph, viewer: Viewer, found: NetworkStructure): Promise<NetworkStructure> {
  const { removals = [], ...structure } = found;
  if (isAdmin(viewer)) {
    return Object.assign(new NetworkStructure(), {
      ...structure,
      cutPoints: removals.map((removal) => toCutPoint(removal, viewer, removal.id, 'DETAILS')).sort(compareCutPoints),
    });
  }
  const ids = [...new Set(structure.communities.flatMap((community) => community.memberIds))];
  // a case conference is about a household: it is seen only by who sees that household in detail, as on the map
  const conferences = new Map(
    (await graph.read<{ id: string; householdId: string }>(caseConferencesAmong, { ids })).map((row) => [
      row.id,
      row.householdId,
    ]),
  );
  const [people, households] = await Promise.all([
    getPeopleFacts(graph, ids),
    householdAccesses(graph, viewer, [...new Set([...ids, ...conferences.values()])]),
  ]);
  const disclosure = new Disclosure(viewer, 'structure');
  const shown = (id: string): string | undefined => {
    const person = people.get(id);
    if (person) {
      const access = disclosure.access(id, person);
      disclosure.shown(id, access);
      return disclosure.idFor(id, access);
    }
    const household = households.get(conferences.get(id) ?? id);
    if (household !== undefined || conferences.has(id)) return household === 'DETAILS' ? id : undefined;
    return id;
  };
  const seen = (list: string[]) => list.map(shown).filter((id): id is string => id !== undefined);
  const result = Object.assign(new NetworkStructure(), {
    ...structure,
    // a component of fewer than 5 is a handful of people (the isolated 8050 household): not a figure for who sees none
    componentSizes: seesPeople(viewer)
      ? structure.componentSizes
      : structure.componentSizes.filter((size) => size >= 5),
    articulationPoints: seen(structure.articulationPoints),
    bridges: structure.bridges
      .map((pair) => seen(pair).sort())
      .filter((pair) => pair.length === 2)
      .sort((x, y) => x[0].localeCompare(y[0]) || x[1].localeCompare(y[1])),
    brokers: structure.brokers.flatMap((broker) => {
      const id = shown(broker.id);
      return id === undefined ? [] : [Object.assign(new Broker(), { id, betweenness: broker.betweenness })];
    }),
    communities: structure.communities.map((community) => {
      const memberIds = seen(community.memberIds);
      return Object.assign(new Community(), { id: community.id, size: memberIds.length, memberIds });
    }),
    cutPoints: removals
      .flatMap((removal) => {
        const id = shown(removal.id);
        if (id === undefined) return [];
        const access = disclosure.accessOf(removal.id);
        const naming = removal.kind !== 'Person' ? 'DETAILS' : access === 'STAND_IN' ? 'NONE' : access;
        return [toCutPoint(removal, viewer, id, naming === 'HIDDEN' ? 'NONE' : naming)];
      })
      .sort(compareCutPoints),
  });
  await disclosure.record(graph);
  return result;
}
