/**
 * UNCOORDINATED_HOUSEHOLD: the members of one household (or the household itself) are supported by two or more
 * organizations through active SUPPORTS ties, and at least one pair of them neither COLLABORATES nor REFERS (either
 * direction) nor sits on a common council (both active MEMBER_OF). Suggested: a case conference of all those
 * organizations, with the councils covering the household's area (the nearest that has one). Accepting convenes it:
 * a Council of kind ケース会議 covering the household's area, with each chosen organization MEMBER_OF it.
 */

import { opaqueId } from '../../auth/standIns.js';
import { joinTeam } from '../../cases/case.queries.js';
import { createCaseTx, newCaseId, openCaseOf } from '../../cases/case.service.js';
import type { Graph } from '../../graph/graph.js';
import { BadInputError } from '../../shared/errors.js';
import { isActiveCypher } from '../../vocabulary/tiePredicates.js';
import { subtreeAreas } from '../common/area.js';
import { andJa, householdLabel, listJa } from '../common/words.js';
import { requireNodes, singleSubject, someSuggested } from './accepting.js';
import { type CouncilRef, caseConferenceKind, nearestCouncils } from './councils.js';
import { acceptedTieProperties, type Finding, type MissingLinkRule, type Scope, score } from './missingLink.rule.js';
import { MissingLinkKind } from './missingLink.type.js';

interface HouseholdRow {
  householdId: string;
  name: string | null;
  memberIds: string[];
  organizations: { id: string; name: string | null }[];
  /** The pairs of organization ids that do not work together. */
  gaps: [string, string][];
  councils: CouncilRef[];
}

const uncoordinated = `
${subtreeAreas}
CALL (area) {
  MATCH (h:Household)-[:LOCATED_IN]->(area) RETURN h
  UNION
  MATCH (h:Household)<-[:MEMBER_OF]-(:Person)-[:LOCATED_IN]->(area) RETURN h
}
WITH DISTINCT h
CALL (h) {
  CALL (h) {
    MATCH (h)<-[s:SUPPORTS]-(o:Organization) WHERE ${isActiveCypher('s')} RETURN o
    UNION
    MATCH (h)<-[:MEMBER_OF]-(:Person)<-[s:SUPPORTS]-(o:Organization) WHERE ${isActiveCypher('s')} RETURN o
  }
  WITH o ORDER BY o.name, o.id
  RETURN collect(o) AS organizations
}
WITH h, organizations WHERE size(organizations) >= 2
UNWIND range(0, size(organizations) - 2) AS i
UNWIND range(i + 1, size(organizations) - 1) AS j
WITH h, organizations, organizations[i] AS o1, organizations[j] AS o2
WITH h, organizations, o1, o2,
     EXISTS { MATCH (o1)-[t:COLLABORATES|REFERS]-(o2) WHERE ${isActiveCypher('t')} }
     OR EXISTS { MATCH (o1)-[m1:MEMBER_OF]->(:Council)<-[m2:MEMBER_OF]-(o2) WHERE ${isActiveCypher('m1')} AND ${isActiveCypher('m2')} }
     AS coordinated
WITH h, organizations, collect(CASE WHEN NOT coordinated THEN [o1.id, o2.id] END) AS gaps
WHERE size(gaps) > 0
WITH h, organizations, gaps,
     coalesce(head([(h)-[:LOCATED_IN]->(x:Area) | x]), head([(h)<-[:MEMBER_OF]-(:Person)-[:LOCATED_IN]->(x:Area) | x])) AS home
${nearestCouncils('home')}
RETURN h.id AS householdId, h.name AS name, [(h)<-[:MEMBER_OF]-(m:Person) | m.id] AS memberIds,
       [o IN organizations | {id: o.id, name: o.name}] AS organizations, gaps, councils`;

function explain(row: HouseholdRow): string {
  const nameOf = new Map(row.organizations.map((o) => [o.id, o.name ?? '名称未登録の機関']));
  const all = row.organizations.map((o) => nameOf.get(o.id)!);
  const supported = `${householdLabel(row.name)}は${andJa(all)}の支援を受けていますが、`;
  let apart: string;
  if (row.organizations.length === 2) apart = '両者は連携していません。';
  else if (row.gaps.length <= 3) {
    apart = `${listJa(row.gaps.map(([a, b]) => `${nameOf.get(a)}と${nameOf.get(b)}`))}は連携していません。`;
  } else apart = `${row.gaps.length}組の機関どうしが連携していません。`;
  const where = row.councils.length > 0 ? `（${listJa(row.councils.map((c) => c.name ?? c.id))}）` : '';
  return `${supported}${apart}ケース会議${where}を提案します。`;
}

async function find(graph: Graph, scope: Scope): Promise<Finding[]> {
  const rows = await graph.read<HouseholdRow>(uncoordinated, scope);
  return rows.map((row) => ({
    kind: MissingLinkKind.UNCOORDINATED_HOUSEHOLD,
    subjectIds: [row.householdId],
    suggestedIds: [...row.organizations.map((o) => o.id), ...row.councils.map((c) => c.id)],
    field: null,
    explanation: explain(row),
    // each pair of agencies that do not talk is another gap the household falls through
    score: score(0.5 + 0.1 * Math.min(row.gaps.length, 5)),
    personIds: row.memberIds,
  }));
}

const householdArea = `
MATCH (h:Household {id: $householdId})
WITH h, coalesce(head([(h)-[:LOCATED_IN]->(x:Area) | x]), head([(h)<-[:MEMBER_OF]-(:Person)-[:LOCATED_IN]->(x:Area) | x])) AS home
RETURN h.name AS name, home.id AS areaId, home.name AS areaName, home.tier AS tier, [(home)-[:WITHIN*0..]->(up:Area) | up.id] AS areaPath`;

/** One case conference per household: accepting again adds the organizations not yet on it. */
const convene = `
MATCH (home:Area {id: $areaId})
MERGE (c:Council {id: $councilId})
ON CREATE SET c.name = $councilName, c.kind = $kind, c.tier = $tier, c.householdId = $householdId,
              c.convenedUnder = $councilIds, c.acceptedBy = $properties.acceptedBy, c.acceptedAt = $properties.acceptedAt
MERGE (c)-[:COVERS]->(home)
WITH c
UNWIND $organizationIds AS organizationId
MATCH (o:Organization {id: organizationId})
WHERE NOT EXISTS { MATCH (o)-[m:MEMBER_OF]->(c) WHERE ${isActiveCypher('m')} }
CREATE (o)-[m:MEMBER_OF]->(c)
SET m = $properties, m.id = randomUUID()
RETURN m.id AS id`;

export const uncoordinatedHousehold: MissingLinkRule = {
  kind: MissingLinkKind.UNCOORDINATED_HOUSEHOLD,
  aboutPeople: true,
  find,
  async accept(tx, suggestion, stamp) {
    const householdId = singleSubject(suggestion.subjectIds, 'household');
    const chosen = someSuggested(suggestion.suggestedIds, 'organization');
    await requireNodes(tx, 'Household', [householdId]);
    const [home] = await tx.run<{
      name: string | null;
      areaId: string | null;
      areaName: string | null;
      tier: number | null;
      areaPath: string[];
    }>(householdArea, { householdId });
    if (!home.areaId) {
      throw new BadInputError(
        `the household "${householdId}" is located in no area, so no case conference can cover it`,
      );
    }
    stamp.assertMayChange(home.areaPath);
    // the suggested ids hold the organizations and the councils the conference is convened under
    const councils = await tx.run<{ id: string }>('UNWIND $ids AS id MATCH (c:Council {id: id}) RETURN c.id AS id', {
      ids: chosen,
    });
    const councilIds = councils.map((c) => c.id);
    const organizationIds = chosen.filter((id) => !councilIds.includes(id));
    if (organizationIds.length < 2) {
      throw new BadInputError(
        'a case conference brings together at least two of the suggested organizations',
        'suggestedIds',
      );
    }
    await requireNodes(tx, 'Organization', organizationIds);
    // never named after the household: the id is shown to everyone who sees the council's members
    const councilId = opaqueId('case', householdId);
    const made = await tx.run<{ id: string }>(convene, {
      areaId: home.areaId,
      councilId,
      // never named after the household: a council's name is shown to everyone who sees the council
      councilName: `${caseConferenceKind}（${home.areaName ?? home.areaId}）`,
      kind: caseConferenceKind,
      tier: home.tier,
      householdId,
      councilIds,
      organizationIds,
      properties: acceptedTieProperties(MissingLinkKind.UNCOORDINATED_HOUSEHOLD, stamp, suggestion.note),
      asOf: stamp.today,
    });
    // the household gets one support case: opened now with these organizations on its team, or joined by them
    const open = await openCaseOf(tx, householdId);
    const caseId = open ?? newCaseId();
    if (open) await tx.run(joinTeam, { id: caseId, ids: organizationIds });
    else {
      await createCaseTx(tx, {
        id: caseId,
        subjectId: householdId,
        route: 'OUTREACH',
        openedOn: stamp.today,
        openedBy: stamp.username,
        teamIds: organizationIds,
      });
    }
    return { tieIds: made.map((row) => row.id), councilId, caseId };
  },
};
