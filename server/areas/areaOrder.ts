/**
 * The municipality's order of its areas: the `sort_order` of areas.csv, or the bundle's row order when the column is
 * left out (import keeps it as `sortOrder`), then the id for areas that have none (made on the admin screen). The
 * one rule for every list of areas, on the server and in the web app (a leaf module: it imports nothing).
 */

/** What the order needs of an area. */
export interface Ordered {
  id: string;
  sortOrder?: number | null;
}

/** Siblings (or any areas of one tier) in the municipality's order. */
export function compareAreas(a: Ordered, b: Ordered): number {
  const left = a.sortOrder ?? Number.MAX_SAFE_INTEGER;
  const right = b.sortOrder ?? Number.MAX_SAFE_INTEGER;
  return left - right || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The same order in Cypher, for `ORDER BY` of the area bound to `a`. */
export function areaOrderCypher(a: string): string {
  return `coalesce(${a}.sortOrder, ${Number.MAX_SAFE_INTEGER}), ${a}.id`;
}
