/** Which legend entries the map needs: the kinds and tie categories it holds, with counts, and the marks in use. */
import { type EdgeCategory, isNode, type MapElement } from './network';
import { entityKinds, type NodeKind } from './vocabulary';

export type Mark = 'isolated' | 'finding' | 'closed' | 'ended' | 'external' | 'anonymous';

export interface LegendModel {
  kinds: { kind: NodeKind; count: number }[];
  categories: { category: EdgeCategory; count: number }[];
  marks: Mark[];
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
  };
}
