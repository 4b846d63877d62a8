/** Missing links of an area: runs the asked kinds (one file each) and orders their findings; accepts suggestions. */

import { appendAudit } from '../../audit/audit.service.js';
import { assertMayEdit, assertMayWrite, seesPeople } from '../../auth/policy.js';
import { actorOf, type Viewer } from '../../auth/viewer.js';
import type { Graph } from '../../graph/graph.js';
import { nodeNamed } from '../../graph/lookup.js';
import { today } from '../../shared/dates.js';
import { BadInputError, ForbiddenError, NotFoundError } from '../../shared/errors.js';
import { TieEnds } from '../../ties/tie.access.js';
import { requireArea } from '../common/area.js';
import { withoutDismissed } from '../dismissals/withoutDismissed.js';
import { disclosedFindings } from './disclosed.js';
import { formalOnly } from './formalOnly.js';
import { helperMatch } from './helperMatch.js';
import { hubMatch } from './hubMatch.js';
import type { Finding, MissingLinkRule, Scope, Suggestion } from './missingLink.rule.js';
import { AcceptedSuggestion, type MissingLink, type MissingLinkKind } from './missingLink.type.js';
import { namedFindings } from './named.js';
import { noConsultationPoint } from './noConsultationPoint.js';
import { singlePoint } from './singlePoint.js';
import { unaffiliatedResource } from './unaffiliatedResource.js';
import { uncoordinatedHousehold } from './uncoordinatedHousehold.js';
import { unmetNeed } from './unmetNeed.js';
import { watchGap } from './watchGap.js';

/** Every kind, in the order findings of equal score are listed. */
export const rules: Readonly<Record<MissingLinkKind, MissingLinkRule>> = {
  UNMET_NEED: unmetNeed,
  UNCOORDINATED_HOUSEHOLD: uncoordinatedHousehold,
  WATCH_GAP: watchGap,
  HUB_MATCH: hubMatch,
  SINGLE_POINT: singlePoint,
  FORMAL_ONLY: formalOnly,
  HELPER_MATCH: helperMatch,
  NO_CONSULTATION_POINT: noConsultationPoint,
  UNAFFILIATED_RESOURCE: unaffiliatedResource,
};
const kindOrder = Object.keys(rules) as MissingLinkKind[];

/** The kinds a viewer may ask for: those naming people only for viewers who see people (policy.ts). */
export function kindsFor(viewer: Viewer, asked: MissingLinkKind[] | null | undefined): MissingLinkKind[] {
  const wanted = asked ? [...new Set(asked)] : kindOrder;
  if (seesPeople(viewer)) return wanted;
  const refused = wanted.filter((kind) => rules[kind].aboutPeople);
  if (asked && refused.length > 0) {
    throw new ForbiddenError(`your role sees ${refused.join(', ')} findings only as counts (the area report)`);
  }
  return wanted.filter((kind) => !rules[kind].aboutPeople);
}

function compare(a: Finding, b: Finding): number {
  return (
    b.score - a.score ||
    kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
    a.subjectIds.join().localeCompare(b.subjectIds.join()) ||
    (a.field ?? '').localeCompare(b.field ?? '')
  );
}

/** The findings of the given kinds in the subtree of the area, highest score first. */
export async function findMissingLinks(graph: Graph, scope: Scope, kinds: MissingLinkKind[]): Promise<Finding[]> {
  await requireArea(graph, scope.areaId);
  const found = await Promise.all(kinds.map((kind) => rules[kind].find(graph, scope)));
  return found.flat().sort(compare);
}

/** The findings of the area not set aside today, before the disclosure step. */
async function currentFindings(
  graph: Graph,
  viewer: Viewer,
  scope: Scope,
  asked: MissingLinkKind[] | null | undefined,
): Promise<Finding[]> {
  return withoutDismissed(graph, await findMissingLinks(graph, { ...scope, viewer }, kindsFor(viewer, asked)));
}

/**
 * The findings of the area the viewer may see, not yet shown: nothing is recorded, nothing named. For a screen
 * that shows only some of them (the work list: those new since the last visit), through `shownFindings`.
 */
export async function findingsSeenBy(graph: Graph, viewer: Viewer, scope: Scope): Promise<Finding[]> {
  return (await disclosedFindings(graph, viewer, await currentFindings(graph, viewer, scope, null))).findings;
}

/** Findings as they are shown: the people they name recorded as disclosed, then subjects and suggestions named. */
export async function shownFindings(graph: Graph, viewer: Viewer, found: Finding[]): Promise<MissingLink[]> {
  const { findings, disclosure } = await disclosedFindings(graph, viewer, found);
  await disclosure.record(graph);
  return namedFindings(graph, findings);
}

/** missingLinks as the viewer may see it, without the findings set aside today; the people it shows are audited. */
export async function missingLinks(
  graph: Graph,
  viewer: Viewer,
  scope: Scope,
  asked: MissingLinkKind[] | null | undefined,
): Promise<MissingLink[]> {
  return shownFindings(graph, viewer, await currentFindings(graph, viewer, scope, asked));
}

/** Where a finding's subject lies: the area a person, household, organization or hub is located in, or the area itself. */
const subjectArea = `
${nodeNamed(['Person', 'Household', 'Organization', 'Hub', 'Area'])}
OPTIONAL MATCH (n)-[:LOCATED_IN]->(a:Area)
WITH CASE WHEN label = 'Area' THEN n.id ELSE a.id END AS areaId
WHERE areaId IS NOT NULL
RETURN areaId LIMIT 1`;

/**
 * The finding the viewer accepts, computed again as they would see it now: accepting takes up only what the
 * analysis actually suggests, never ids the client made up.
 */
export async function currentFinding(
  graph: Graph,
  viewer: Viewer,
  kind: MissingLinkKind,
  suggestion: Suggestion,
): Promise<Finding> {
  if (kind === 'UNMET_NEED' && !suggestion.field) {
    throw new BadInputError('an UNMET_NEED suggestion names its field', 'field');
  }
  const subjectId = suggestion.subjectIds[0];
  const [where] = subjectId ? await graph.read<{ areaId: string }>(subjectArea, { id: subjectId }) : [];
  const unavailable = new NotFoundError('Finding', suggestion.subjectIds.join(', '));
  if (!where) throw unavailable;
  const found = await rules[kind].find(graph, { areaId: where.areaId, asOf: today(), viewer });
  const { findings } = await disclosedFindings(graph, viewer, found);
  const finding = findings.find(
    (f) =>
      f.subjectIds.join() === suggestion.subjectIds.join() && (kind !== 'UNMET_NEED' || f.field === suggestion.field),
  );
  if (!finding) throw unavailable;
  const extra = suggestion.suggestedIds.filter((id) => !finding.suggestedIds.includes(id));
  if (extra.length > 0) {
    throw new BadInputError(`not among the ids this finding suggests: ${extra.join(', ')}`, 'suggestedIds');
  }
  // what accepting ties together must be writable as createTie would require it: the subject and each chosen id
  const written = [
    ...(rules[kind].writtenSubjects?.(suggestion.subjectIds) ?? suggestion.subjectIds),
    ...suggestion.suggestedIds,
  ];
  const ends = await TieEnds.of(graph, viewer, written, 'acceptSuggestion');
  assertMayWrite(
    viewer,
    written.map((id) => ends.touched(id)),
  );
  return finding;
}

/** Records an accepted suggestion in one transaction: the ties (or the case conference), who accepted it, when. */
export async function acceptSuggestion(
  graph: Graph,
  viewer: Viewer,
  kind: MissingLinkKind,
  suggestion: Suggestion,
): Promise<AcceptedSuggestion> {
  assertMayEdit(viewer);
  await currentFinding(graph, viewer, kind, suggestion);
  const stamp = {
    username: viewer.username,
    at: new Date().toISOString(),
    today: today(),
    assertMayChange(areaPath: string[]) {
      assertMayWrite(viewer, [{ what: 'what this suggestion is about', areas: [], reach: areaPath }]);
    },
  };
  const recorded = await graph.transaction(
    async (tx) => {
      const made = await rules[kind].accept(tx, suggestion, stamp);
      await appendAudit(tx, actorOf(viewer), [
        {
          kind: 'CHANGE',
          action: 'acceptSuggestion',
          entity: kind,
          entityId: suggestion.subjectIds.join(','),
          // the people the ties are made for (SINGLE_POINT names the node holding them last: not written to)
          personIds:
            kind === 'UNAFFILIATED_RESOURCE' || kind === 'NO_CONSULTATION_POINT'
              ? []
              : (rules[kind].writtenSubjects?.(suggestion.subjectIds) ?? suggestion.subjectIds),
          changes: [
            { field: 'tieIds', before: null, after: made.tieIds },
            { field: 'councilId', before: null, after: made.councilId },
            { field: 'caseId', before: null, after: made.caseId ?? null },
            { field: 'matchIds', before: null, after: made.matchIds ?? [] },
            { field: 'suggestedIds', before: null, after: suggestion.suggestedIds },
          ],
        },
      ]);
      return made;
    },
    'WRITE',
    {
      action: 'acceptSuggestion',
      kind,
      username: viewer.username,
    },
  );
  return Object.assign(new AcceptedSuggestion(), {
    kind,
    subjectIds: suggestion.subjectIds,
    suggestedIds: suggestion.suggestedIds,
    ...recorded,
    caseId: recorded.caseId ?? null,
    matchIds: recorded.matchIds ?? [],
    acceptedBy: stamp.username,
    acceptedAt: stamp.at,
  });
}
