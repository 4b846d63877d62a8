/** What the policy needs to know of one person: consent and where they live, with the areas above. */
import type { PersonFacts } from '../auth/policy.js';
import type { Graph } from '../graph/graph.js';

const personFacts = `
MATCH (p:Person {id: $id})
OPTIONAL MATCH (p)-[:LOCATED_IN]->(area:Area)
RETURN p.consent AS consent, [(area)-[:WITHIN*0..]->(up:Area) | up.id] AS areaPath`;

export async function getPersonFacts(graph: Graph, id: string): Promise<PersonFacts | undefined> {
  const [row] = await graph.read<PersonFacts>(personFacts, { id });
  return row;
}
