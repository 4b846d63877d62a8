/**
 * Neutral labels for sharing a map outside the office: people and households lose their names ("住民 1",
 * "世帯 A"); organizations, councils, hubs and areas keep theirs (they are public). The numbering follows the
 * order of the ids, so the same map gives the same labels each time.
 */
import type { MapElement } from './network';
import { isNode } from './network';
import type { Lang } from './vocabulary';

function letters(index: number): string {
  let text = '';
  let n = index;
  do {
    text = String.fromCharCode(65 + (n % 26)) + text;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return text;
}

/** The neutral label of every person and household (other nodes are not in the map). */
export function neutralLabels(elements: readonly MapElement[], lang: Lang): Map<string, string> {
  const people: string[] = [];
  const households: string[] = [];
  for (const element of elements) {
    if (!isNode(element)) continue;
    if (element.data.kind === 'Person') people.push(element.data.id);
    else if (element.data.kind === 'Household') households.push(element.data.id);
  }
  people.sort();
  households.sort();
  const labels = new Map<string, string>();
  for (const [i, id] of people.entries()) labels.set(id, lang === 'ja' ? `住民 ${i + 1}` : `Person ${i + 1}`);
  for (const [i, id] of households.entries()) {
    labels.set(id, lang === 'ja' ? `世帯 ${letters(i)}` : `Household ${letters(i)}`);
  }
  return labels;
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
