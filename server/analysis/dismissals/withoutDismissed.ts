/** The one filter that hides findings set aside (保留) until their revisit date. */
import type { Graph } from '../../graph/graph.js';
import { today } from '../../shared/dates.js';
import type { Finding } from '../missing-links/missingLink.rule.js';
import { findingKey, hiddenKeys } from './dismissal.queries.js';

/** The findings that are not set aside today. */
export async function withoutDismissed(graph: Graph, findings: Finding[]): Promise<Finding[]> {
  if (findings.length === 0) return findings;
  const hidden = await graph.read<{ key: string }>(hiddenKeys, { keys: findings.map(findingKey), today: today() });
  const keys = new Set(hidden.map((row) => row.key));
  return findings.filter((finding) => !keys.has(findingKey(finding)));
}
