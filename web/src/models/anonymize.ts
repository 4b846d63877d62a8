/**
 * Neutral labels for sharing a map outside the office (the rule: server/shared/neutralLabels.ts, which the server's
 * graph files use too): people and households lose their names, everything else keeps its own.
 */
import { neutralLabelsOf } from '../../../server/shared/neutralLabels';
import type { MapElement } from './network';
import { isNode } from './network';
import type { Lang } from './vocabulary';

/** The neutral label of every person and household (other nodes are not in the map). */
export function neutralLabels(elements: readonly MapElement[], lang: Lang): Map<string, string> {
  return neutralLabelsOf(
    elements.flatMap((element) => (isNode(element) ? [element.data] : [])),
    lang,
  );
}

/** The elements with people's and households' names replaced. */
export function anonymized(elements: readonly MapElement[], lang: Lang): MapElement[] {
  const labels = neutralLabels(elements, lang);
  return elements.map((element) =>
    isNode(element) && labels.has(element.data.id)
      ? { ...element, data: { ...element.data, label: labels.get(element.data.id)! } }
      : element,
  );
}

/** The nodes by id with the given labels put in (the map's panels name people as the canvas does). */
export function relabelled<T extends { label: string }>(
  byId: ReadonlyMap<string, T>,
  labels: ReadonlyMap<string, string> | undefined,
): ReadonlyMap<string, T> {
  if (!labels || labels.size === 0) return byId;
  return new Map([...byId].map(([id, node]) => [id, labels.has(id) ? { ...node, label: labels.get(id)! } : node]));
}
