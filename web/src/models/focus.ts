/** Focus mode: everything but a node's neighbourhood (and the boxes holding it) is dimmed. */
import { ancestorsOf, isEdge, isNode, type MapElement, parentIndex, withClass } from './network';

/** The ids within `depth` visible edges of `id`, itself included. */
export function neighbourhood(elements: readonly MapElement[], id: string, depth = 1): Set<string> {
  const adjacent = new Map<string, string[]>();
  for (const element of elements) {
    if (!isEdge(element) || element.classes.includes('hidden')) continue;
    const { source, target } = element.data;
    if (!adjacent.has(source)) adjacent.set(source, []);
    if (!adjacent.has(target)) adjacent.set(target, []);
    adjacent.get(source)!.push(target);
    adjacent.get(target)!.push(source);
  }
  const found = new Set<string>([id]);
  let frontier = [id];
  for (let step = 0; step < depth; step += 1) {
    const next: string[] = [];
    for (const at of frontier) {
      for (const other of adjacent.get(at) ?? []) {
        if (!found.has(other)) {
          found.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return found;
}

/** The elements with `dimmed` on all but the focus's neighbourhood, its edges and the areas around them. */
export function applyFocus(elements: readonly MapElement[], focusId: string | undefined, depth = 1): MapElement[] {
  if (!focusId || !elements.some((element) => isNode(element) && element.data.id === focusId)) return [...elements];
  const near = neighbourhood(elements, focusId, depth);
  const parents = parentIndex(elements);
  const boxes = new Set<string>();
  for (const id of near) for (const up of ancestorsOf(id, parents)) boxes.add(up);
  return elements.map((element) => {
    if (isNode(element)) {
      const id = element.data.id;
      if (id === focusId) return withClass(element, 'focus');
      return near.has(id) || boxes.has(id) ? element : withClass(element, 'dimmed');
    }
    const { source, target } = element.data;
    return near.has(source) && near.has(target) && (source === focusId || target === focusId || depth > 1)
      ? element
      : withClass(element, 'dimmed');
  });
}
