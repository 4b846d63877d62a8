/** Finding a node by name: forgiving of width (全角/半角), kana (カタカナ/ひらがな), case and spaces. */
import { toHiragana } from '../../../server/shared/kana';
import type { MapElement, NodeData } from './network';
import { isNode } from './network';

/** The form names are compared in. */
export function normalizeForSearch(text: string): string {
  return toHiragana(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\s\u3000・･]/g, '');
}

export interface SearchHit {
  node: NodeData;
  /** 0 exact, 1 starts with, 2 contains, 3 matches the id. */
  rank: number;
}

/** Nodes whose label (or id) matches, best first; anonymous people are found only by what is written on them. */
export function searchNodes(elements: readonly MapElement[], query: string, limit = 12): SearchHit[] {
  const wanted = normalizeForSearch(query);
  if (!wanted) return [];
  const hits: SearchHit[] = [];
  for (const element of elements) {
    if (!isNode(element)) continue;
    const label = normalizeForSearch(element.data.label);
    let rank = -1;
    if (label === wanted) rank = 0;
    else if (label.startsWith(wanted)) rank = 1;
    else if (label.includes(wanted)) rank = 2;
    else if (!element.data.anonymous && element.data.id.toLowerCase() === query.trim().toLowerCase()) rank = 3;
    if (rank >= 0) hits.push({ node: element.data, rank });
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank || a.node.label.length - b.node.label.length || a.node.label.localeCompare(b.node.label, 'ja'),
  );
  return hits.slice(0, limit);
}

/** Longest text the server's `mapSearch` takes. */
export const mapSearchMaxLength = 100;

/** The text to send to `mapSearch`, or undefined when there is nothing to ask (blank, too long). */
export function mapSearchText(query: string): string | undefined {
  const text = query.trim();
  return text.length > 0 && text.length <= mapSearchMaxLength ? text : undefined;
}

/**
 * Where a hit lies, as the area names below the map's own (its `path` starts at the map's area, which says
 * nothing here); an area the viewer's list does not name is left out.
 */
export function hitPlace(path: readonly string[], names: ReadonlyMap<string, string>): string {
  return path
    .slice(1)
    .map((id) => names.get(id))
    .filter(Boolean)
    .join(' ▸ ');
}
