/**
 * Which areas of a map are open, which are drawn as boxes (closed, or partial: holding only what is shown), and the
 * innermost drawn area holding any area of the map. Pure: the contract's rules in one place (docs: lod-contract).
 */
import type { AreaNodeRow } from '../network.queries.js';

export class Boxes {
  /** the map's area and the areas opened, with every area between them */
  private readonly opened = new Set<string>();
  private readonly drawn = new Set<string>();
  private readonly parents: Map<string, string | null>;

  constructor(
    readonly rootId: string,
    /** the map's area and every area inside it */
    readonly inside: readonly AreaNodeRow[],
    open: readonly string[],
    /** the areas where shown entities lie: drawn, and every box on the way to them */
    shownIn: readonly string[],
  ) {
    this.parents = new Map(inside.map((a) => [a.id, a.id === rootId ? null : a.parentId]));
    for (const id of [rootId, ...open.filter((id) => this.parents.has(id))]) {
      for (const at of this.chain(id)) this.opened.add(at);
    }
    for (const id of this.opened) this.drawn.add(id);
    for (const area of inside) if (area.parentId && this.opened.has(area.parentId)) this.drawn.add(area.id);
    for (const id of shownIn) for (const at of this.chain(id)) this.drawn.add(at);
  }

  /** The area and those above it, up to the map's area (empty for an area not on the map). */
  chain(areaId: string): string[] {
    const chain: string[] = [];
    for (let at: string | null | undefined = areaId; at && this.parents.has(at); at = this.parents.get(at)) {
      chain.push(at);
    }
    return chain;
  }

  isOpen(areaId: string): boolean {
    return this.opened.has(areaId);
  }

  isDrawn(areaId: string): boolean {
    return this.drawn.has(areaId);
  }

  /** Areas drawn but not open: closed and partial boxes, each with a summary. */
  boxes(): string[] {
    return [...this.drawn].filter((id) => !this.opened.has(id));
  }

  /** Areas of the map whose contents are not drawn (those of open areas are). */
  closedAreas(): string[] {
    return this.inside.map((a) => a.id).filter((id) => !this.opened.has(id));
  }

  /** The innermost drawn area holding the area (itself when drawn); undefined outside the map. */
  containerOf(areaId: string): string | undefined {
    return this.chain(areaId).find((id) => this.drawn.has(id));
  }
}
