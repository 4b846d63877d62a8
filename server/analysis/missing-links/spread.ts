/**
 * Spreading suggested watchers (and hubs) over the candidates of an area, so that one volunteer is not proposed to
 * every person of a 中学校区: the findings are ranked one after the other in a fixed order, and a candidate already
 * proposed first for others ranks below those proposed for fewer, whatever watches they hold now (those only order
 * candidates proposed equally often). The one rule for every kind that suggests watchers (WATCH_GAP, SINGLE_POINT).
 */

/** A candidate as the kinds' queries give them, in the query's order (fewest watches, name, id). */
export interface SpreadCandidate {
  id: string;
}

/** One spreading pass: rank the findings' candidates in the order the findings are to be served. */
export class Spread {
  private readonly proposed = new Map<string, number>();

  /**
   * The candidates best first: by `before` (the kind's own order, e.g. the nearest area first), then by how often
   * they were proposed first already, then as given. The first one counts as proposed once more afterwards.
   */
  rank<C extends SpreadCandidate>(candidates: readonly C[], before?: (a: C, b: C) => number): C[] {
    const load = (candidate: C) => this.proposed.get(candidate.id) ?? 0;
    const ranked = candidates
      .map((candidate, index) => ({ candidate, index }))
      .sort(
        (a, b) =>
          (before?.(a.candidate, b.candidate) ?? 0) || load(a.candidate) - load(b.candidate) || a.index - b.index,
      )
      .map(({ candidate }) => candidate);
    const [first] = ranked;
    if (first) this.proposed.set(first.id, (this.proposed.get(first.id) ?? 0) + 1);
    return ranked;
  }
}

/** Findings served in a fixed order: the most in need first, then by id, whatever order the database gave them. */
export function servingOrder<T>(items: readonly T[], weight: (item: T) => number, id: (item: T) => string): T[] {
  return [...items].sort((a, b) => weight(b) - weight(a) || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
}
