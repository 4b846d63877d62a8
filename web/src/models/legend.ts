/** Which legend entries the map needs: the kinds and tie categories it holds, with counts, and the marks in use. */
import { type EdgeCategory, isNode, type MapElement } from './network';
import { countChanges, type TieChange } from './timeline';
import { entityKinds, type NodeKind } from './vocabulary';

export type Mark = 'isolated' | 'finding' | 'closed' | 'ended' | 'external' | 'anonymous';

/** Ties that began or ended between two compared days (models/timeline.ts), with how many are shown. */
export type ChangeCount = { change: TieChange; count: number };

export interface LegendModel {
  kinds: { kind: NodeKind; count: number }[];
  categories: { category: EdgeCategory; count: number }[];
  marks: Mark[];
  /** When ties changed between two compared days: both kinds of change, a zero included. */
  changes: ChangeCount[];
}

const categoryOrder: EdgeCategory[] = ['family', 'informal', 'formal', 'household', 'suggested'];

export function legendOf(elements: readonly MapElement[]): LegendModel {
  const kinds = new Map<NodeKind, number>();
  const categories = new Map<EdgeCategory, number>();
  const marks = new Set<Mark>();
  for (const element of elements) {
    if (element.classes.includes('hidden')) continue;
    if (isNode(element)) {
      if (element.data.kind !== 'Area') kinds.set(element.data.kind, (kinds.get(element.data.kind) ?? 0) + 1);
      for (const mark of ['isolated', 'closed', 'external', 'anonymous'] as const)
        if (element.classes.includes(mark)) marks.add(mark);
    } else {
      const count = element.data.count ?? 1;
      categories.set(element.data.category, (categories.get(element.data.category) ?? 0) + count);
      if (!element.data.active) marks.add('ended');
    }
  }
  return {
    kinds: entityKinds.filter((kind) => kinds.has(kind)).map((kind) => ({ kind, count: kinds.get(kind)! })),
    categories: categoryOrder
      .filter((c) => categories.has(c))
      .map((category) => ({ category, count: categories.get(category)! })),
    marks: [...marks],
    changes: changesOf(elements),
  };
}

function changesOf(elements: readonly MapElement[]): ChangeCount[] {
  const comparing = elements.some(
    (element) => element.classes.includes('began-between') || element.classes.includes('ended-between'),
  );
  if (!comparing) return [];
  const counts = countChanges(elements);
  return [
    { change: 'began', count: counts.began },
    { change: 'ended', count: counts.ended },
  ];
}
