/**
 * The structure as a viewer may see it, the way the map shows the network (server/network): people the viewer may
 * not see in person keep their place under the map's stand-in ids, and households are left out for viewers who do
 * not see people one by one. Who sees what is the policy's to say.
 */
import { personAccess, seesPeople } from '../../auth/policy.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Graph } from '../../graph/graph.js';
import { standInId as pseudonym } from '../../auth/standIns.js';
import { Broker, Community, NetworkStructure } from './structure.type.js';

interface FactsRow {
  id: string;
  label: 'Person' | 'Household';
  consent: string | null;
  areaPath: string[];
}

/** The people and households among the ids, with what the policy needs to know of a person. */
const facts = `
UNWIND $ids AS id
OPTIONAL MATCH (p:Person {id: id})
OPTIONAL MATCH (h:Household {id: id})
WITH id, p, h WHERE p IS NOT NULL OR h IS NOT NULL
RETURN id, CASE WHEN p IS NULL THEN 'Household' ELSE 'Person' END AS label, p.consent AS consent,
       [(p)-[:LOCATED_IN]->(:Area)-[:WITHIN*0..]->(up:Area) | up.id] AS areaPath`;

export async function asSeenBy(graph: Graph, viewer: Viewer, structure: NetworkStructure): Promise<NetworkStructure> {
  // admins and coordinators (whose scope holds the whole area, so every person in it) see every id as it is
  if (seesPeople(viewer)) return structure;
  const ids = [...new Set(structure.communities.flatMap((community) => community.memberIds))];
  const known = new Map((await graph.read<FactsRow>(facts, { ids })).map((row) => [row.id, row]));
  const shown = (id: string): string | undefined => {
    const row = known.get(id);
    if (!row) return id;
    if (row.label === 'Household') return undefined;
    const access = personAccess(viewer, { consent: row.consent, areaPath: row.areaPath });
    return access === 'ANONYMOUS' ? pseudonym(viewer.username, id) : id;
  };
  const seen = (list: string[]) => list.map(shown).filter((id): id is string => id !== undefined);
  return Object.assign(new NetworkStructure(), {
    ...structure,
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
  });
}
