/** Missing links of an area: runs the asked kinds (one file each) and orders their findings; accepts suggestions. */
import type { Viewer } from '../../auth/viewer.js';
import { assertMayEdit, audit, inScope, isAdmin, seesPeople } from '../../auth/policy.js';
import type { Graph } from '../../graph/graph.js';
import { today } from '../../shared/dates.js';
import { ForbiddenError } from '../../shared/errors.js';
import { requireArea } from '../common/area.js';
import { hubMatch } from './hubMatch.js';
import type { Finding, MissingLinkRule, Scope, Suggestion } from './missingLink.rule.js';
import { AcceptedSuggestion, MissingLink, MissingLinkKind } from './missingLink.type.js';
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

/** missingLinks as the viewer may see it; the people whose details it shows are audited. */
export async function missingLinks(
  graph: Graph,
  viewer: Viewer,
  scope: Scope,
  asked: MissingLinkKind[] | null | undefined,
): Promise<MissingLink[]> {
  const findings = await findMissingLinks(graph, scope, kindsFor(viewer, asked));
  await audit(graph, viewer, 'missingLinks', [...new Set(findings.flatMap((finding) => finding.personIds))]);
  return findings.map(({ personIds: _personIds, ...finding }) => Object.assign(new MissingLink(), finding));
}

/** Records an accepted suggestion in one transaction: the ties (or the case conference), who accepted it, when. */
export async function acceptSuggestion(
  graph: Graph,
  viewer: Viewer,
  kind: MissingLinkKind,
  suggestion: Suggestion,
): Promise<AcceptedSuggestion> {
  assertMayEdit(viewer);
  const stamp = {
    username: viewer.username,
    at: new Date().toISOString(),
    today: today(),
    assertMayChange(areaPath: string[]) {
      if (isAdmin(viewer)) return;
      if (!areaPath.some((id) => inScope(viewer, id))) {
        throw new ForbiddenError('what this suggestion is about lies outside your areas');
      }
    },
  };
  const recorded = await graph.transaction((tx) => rules[kind].accept(tx, suggestion, stamp), 'WRITE', {
    action: 'acceptSuggestion',
    kind,
    username: viewer.username,
  });
  return Object.assign(new AcceptedSuggestion(), {
    kind,
    subjectIds: suggestion.subjectIds,
    suggestedIds: suggestion.suggestedIds,
    ...recorded,
    acceptedBy: stamp.username,
    acceptedAt: stamp.at,
  });
}
