/**
 * Findings as a viewer may see them, through the disclosure step: a finding about a person or household the viewer
 * does not see in detail is left out (its sentence names them), and suggested people they do not see are dropped.
 */
import { Disclosure } from '../../auth/disclosure.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Graph } from '../../graph/graph.js';
import { householdAccesses } from '../../households/household.access.js';
import { getPeopleFacts } from '../../people/personFacts.js';
import type { Finding } from './missingLink.rule.js';

export async function disclosedFindings(
  graph: Graph,
  viewer: Viewer,
  findings: Finding[],
): Promise<{
  findings: Finding[];
  disclosure: Disclosure;
}> {
  const ids = [...new Set(findings.flatMap((f) => [...f.personIds, ...f.subjectIds, ...f.suggestedIds]))];
  const [people, households] = await Promise.all([getPeopleFacts(graph, ids), householdAccesses(graph, viewer, ids)]);
  const disclosure = new Disclosure(viewer, 'missingLinks');
  const seen = (id: string): boolean => {
    const person = people.get(id);
    if (person) return disclosure.access(id, person) === 'DETAILS';
    const household = households.get(id);
    return household === undefined || household === 'DETAILS';
  };
  const shown = findings
    .filter((finding) => finding.personIds.every(seen) && finding.subjectIds.every(seen))
    .map((finding) => ({ ...finding, suggestedIds: finding.suggestedIds.filter(seen) }));
  for (const finding of shown) {
    for (const id of [...finding.personIds, ...finding.subjectIds, ...finding.suggestedIds]) {
      if (people.has(id)) disclosure.shown(id, 'DETAILS');
    }
  }
  return { findings: shown, disclosure };
}
