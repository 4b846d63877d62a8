/**
 * UNMET_NEED (制度の狭間): a person needs field F and no active SUPPORTS reaches them or their household from an
 * organization having F. Suggested: organizations having F that serve the person's area or an area above it,
 * nearest first. When none does, the finding still appears, with no suggestion: a resource to develop (資源開発).
 * Accepting records a SUPPORTS tie from each chosen organization to the person.
 */
import type { Graph } from '../../graph/graph.js';
import { BadInputError } from '../../shared/errors.js';
import { isOpenCypher } from '../../vocabulary/tiePredicates.js';
import { subtreeAreas } from '../common/area.js';
import { unmetNeedsOf } from '../common/needs.js';
import { fieldLabel, listJa, personLabel } from '../common/words.js';
import { requireNodes, singleSubject, someSuggested } from './accepting.js';
import { acceptedTieProperties, type Finding, type MissingLinkRule, type Scope, score } from './missingLink.rule.js';
import { MissingLinkKind } from './missingLink.type.js';

interface UnmetNeedRow {
  personId: string;
  name: string | null;
  areaId: string;
  field: string;
  /** How many needs of the person are unmet. */
  unmetCount: number;
}

const unmetNeeds = `
${subtreeAreas}
MATCH (p:Person)-[:LOCATED_IN]->(area)
WHERE size(coalesce(p.needs, [])) > 0
WITH p, area, ${unmetNeedsOf('p')} AS unmet
WHERE size(unmet) > 0
UNWIND unmet AS field
RETURN p.id AS personId, p.name AS name, area.id AS areaId, field, size(unmet) AS unmetCount`;

interface ProviderRow {
  areaId: string;
  field: string;
  organizations: { id: string; name: string | null }[];
}

/** For each (area, field): the organizations having the field, open on `$asOf`, that serve the area or an area above, nearest first. */
const providers = `
UNWIND $wanted AS wanted
MATCH (a:Area {id: wanted.areaId})
MATCH path = (a)-[:WITHIN*0..]->(up:Area)<-[:SERVES]-(o:Organization)
WHERE wanted.field IN coalesce(o.fields, []) AND ${isOpenCypher('o')}
WITH wanted, o, min(length(path)) AS distance
ORDER BY distance, o.name, o.id
RETURN wanted.areaId AS areaId, wanted.field AS field, collect({id: o.id, name: o.name}) AS organizations`;

function explain(row: UnmetNeedRow, organizations: { name: string | null }[]): string {
  const need = `${personLabel(row.name)}には${fieldLabel(row.field)}の支援が届いていません。`;
  if (organizations.length === 0) {
    return `${need}この地域を担当する${fieldLabel(row.field)}分野の機関がありません（資源開発の課題です）。`;
  }
  const names = organizations.slice(0, 3).map((o) => o.name ?? '名称未登録の機関');
  const more = organizations.length > 3 ? `ほか${organizations.length - 3}機関` : '';
  return `${need}${listJa(names)}${more}へのつなぎを提案します。`;
}

async function find(graph: Graph, scope: Scope): Promise<Finding[]> {
  const rows = await graph.read<UnmetNeedRow>(unmetNeeds, scope);
  if (rows.length === 0) return [];
  const wanted = [
    ...new Map(
      rows.map((row) => [`${row.areaId}\u0000${row.field}`, { areaId: row.areaId, field: row.field }]),
    ).values(),
  ];
  const found = await graph.read<ProviderRow>(providers, { wanted, asOf: scope.asOf });
  const byWanted = new Map(found.map((row) => [`${row.areaId}\u0000${row.field}`, row.organizations]));
  return rows.map((row) => {
    const organizations = byWanted.get(`${row.areaId}\u0000${row.field}`) ?? [];
    return {
      kind: MissingLinkKind.UNMET_NEED,
      subjectIds: [row.personId],
      suggestedIds: organizations.map((o) => o.id),
      field: row.field,
      explanation: explain(row, organizations),
      // every unmet need matters; a person with several matters more
      score: score(0.6 + 0.1 * (row.unmetCount - 1)),
      personIds: [row.personId],
    };
  });
}

const recordSupport = `
UNWIND $organizationIds AS organizationId
MATCH (o:Organization {id: organizationId}), (p:Person {id: $personId})
CREATE (o)-[s:SUPPORTS]->(p)
SET s = $properties, s.id = randomUUID()
RETURN s.id AS id`;

export const unmetNeed: MissingLinkRule = {
  kind: MissingLinkKind.UNMET_NEED,
  aboutPeople: true,
  find,
  async accept(tx, suggestion, stamp) {
    const personId = singleSubject(suggestion.subjectIds, 'person');
    const organizationIds = someSuggested(suggestion.suggestedIds, 'organization');
    const field = suggestion.field;
    if (!field) throw new BadInputError('an UNMET_NEED suggestion names its field', 'field');
    const [person] = await requireNodes(tx, 'Person', [personId]);
    stamp.assertMayChange(person.areaPath);
    for (const organization of await requireNodes(tx, 'Organization', organizationIds)) {
      if (!organization.fields.includes(field)) {
        throw new BadInputError(`"${organization.id}" does not work in the field ${field}`, 'suggestedIds');
      }
    }
    const properties = acceptedTieProperties(MissingLinkKind.UNMET_NEED, stamp, suggestion.note);
    const made = await tx.run<{ id: string }>(recordSupport, { organizationIds, personId, properties });
    return { tieIds: made.map((row) => row.id), councilId: null };
  },
};
