/** What the policy needs to know of people: consent, the named coordinators of a restricted person, where they live. */
import type { PersonFacts } from '../auth/policy.js';
import type { Graph, GraphTx } from '../graph/graph.js';

/** Cypher columns of the policy's facts for a person bound to `p` (located in `area`, which may be null). */
export const factColumns = `p.consent AS consent, coalesce(p.restrictedFor, []) AS restrictedFor,
       [(p)-[:LOCATED_IN]->(:Area)-[:WITHIN*0..]->(up:Area) | up.id] AS areaPath`;

const personFacts = `
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p.id AS id, ${factColumns}`;

export type PersonFactsRow = PersonFacts & { id: string };

export async function getPeopleFacts(graph: Graph | GraphTx, ids: string[]): Promise<Map<string, PersonFactsRow>> {
  const rows =
    'read' in graph
      ? await graph.read<PersonFactsRow>(personFacts, { ids })
      : await graph.run<PersonFactsRow>(personFacts, { ids });
  return new Map(rows.map((row) => [row.id, row]));
}

export async function getPersonFacts(graph: Graph, id: string): Promise<PersonFacts | undefined> {
  return (await getPeopleFacts(graph, [id])).get(id);
}
