/**
 * The names of what findings name, so that a list or a file of findings says who and what, not ids: asked only for
 * the ids the disclosure step let through (people and households seen in detail, organizations, hubs, councils).
 */
import type { Graph } from '../../graph/graph.js';
import { nodesNamed } from '../../graph/lookup.js';
import type { Finding } from './missingLink.rule.js';
import { FindingRef, MissingLink } from './missingLink.type.js';

interface NameRow {
  id: string;
  kind: string;
  name: string | null;
}

const names = `
${nodesNamed(['Person', 'Household', 'Organization', 'Hub', 'Council', 'Area'])}
RETURN n.id AS id, label AS kind, n.name AS name`;

/** The findings as GraphQL answers them, each id with its kind and name. */
export async function namedFindings(graph: Graph, findings: Finding[]): Promise<MissingLink[]> {
  const ids = [...new Set(findings.flatMap((f) => [...f.subjectIds, ...f.suggestedIds]))];
  const rows = ids.length > 0 ? await graph.read<NameRow>(names, { ids }) : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ref = (id: string) =>
    Object.assign(new FindingRef(), { id, kind: byId.get(id)?.kind ?? 'Person', name: byId.get(id)?.name ?? null });
  return findings.map(({ personIds: _personIds, ...finding }) =>
    Object.assign(new MissingLink(), {
      ...finding,
      subjects: finding.subjectIds.map(ref),
      suggested: finding.suggestedIds.map(ref),
    }),
  );
}
