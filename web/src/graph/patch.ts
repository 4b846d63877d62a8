/**
 * Brings a Cytoscape instance to a list of elements by id, inside one batch: removes what is gone, adds what is
 * new (at its known position), and updates the data and classes of what changed. Nodes that stay keep their
 * position, so filters, findings and focus never move anything.
 */
import type { Core, ElementDefinition } from 'cytoscape';
import type { Point } from '../models/layout';
import { isNode, type MapElement } from '../models/network';

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, i) => value === b[i]);
  return false;
}

function sameData(current: Record<string, unknown>, next: Record<string, unknown>): boolean {
  for (const key of Object.keys(next)) if (!sameValue(current[key], next[key])) return false;
  for (const key of Object.keys(current)) if (!(key in next) && current[key] !== undefined) return false;
  return true;
}

/** Areas first (outer tiers before inner), so that a parent exists before its children are added. */
function addOrder(a: MapElement, b: MapElement): number {
  const rank = (e: MapElement) => (isNode(e) ? (e.data.kind === 'Area' ? (e.data.tier ?? 0) : 10) : 20);
  return rank(a) - rank(b);
}

export interface PatchResult {
  added: number;
  removed: number;
  updated: number;
}

export function patchElements(
  cy: Core,
  elements: readonly MapElement[],
  positionOf: (id: string) => Point | undefined,
): PatchResult {
  const wanted = new Map(elements.map((element) => [element.data.id, element]));
  const result: PatchResult = { added: 0, removed: 0, updated: 0 };
  cy.batch(() => {
    const gone = cy.elements().filter((element) => !wanted.has(element.id()));
    result.removed = gone.length;
    // edges first, then nodes from the inside out, so no removal takes a wanted child with it
    gone.edges().remove();
    gone
      .nodes()
      .sort((a, b) => b.ancestors().length - a.ancestors().length)
      .forEach((node) => {
        if (node.inside()) node.remove();
      });

    const additions: ElementDefinition[] = [];
    for (const element of [...elements].sort(addOrder)) {
      const id = element.data.id;
      if (!cy.hasElementWithId(id)) {
        const position = isNode(element) ? positionOf(id) : undefined;
        additions.push({
          group: element.group,
          data: { ...element.data },
          classes: element.classes,
          ...(position ? { position: { ...position } } : {}),
        });
        continue;
      }
      const existing = cy.getElementById(id);
      const data = element.data as unknown as Record<string, unknown>;
      if (isNode(element) && existing.isNode() && (existing.data('parent') ?? undefined) !== element.data.parent) {
        existing.move({ parent: element.data.parent ?? null });
      }
      let changed = false;
      if (!sameData(existing.data(), data)) {
        existing.data(data);
        changed = true;
      }
      const classes = element.classes.join(' ');
      if (existing.classes().join(' ') !== classes) {
        existing.classes(classes);
        changed = true;
      }
      if (changed) result.updated += 1;
    }
    if (additions.length > 0) cy.add(additions);
    result.added = additions.length;
    // a node that became a leaf (a closed box) is placed where its contents were
    for (const element of elements) {
      if (!isNode(element) || !element.classes.includes('closed') || cy.getElementById(element.data.id).isParent())
        continue;
      const position = positionOf(element.data.id);
      if (position) cy.getElementById(element.data.id).position({ ...position });
    }
  });
  return result;
}
