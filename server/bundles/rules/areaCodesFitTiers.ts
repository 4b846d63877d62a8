/**
 * Rule: a 全国地方公共団体コード belongs to a municipality (a tier-1 area), once in the bundle; 町字ID belong to the
 * smaller areas (tiers 2 and 3) they make up, each 町字 to one area of its municipality (the アドレス・ベース・レジストリ
 * numbers 町字 within each municipality).
 */
import type { RuleContext } from './rule.types.js';

export function areaCodesFitTiers(context: RuleContext): void {
  const records = context.bundle.areas?.records ?? [];
  const parentOf = new Map(records.map((area) => [area.id, area.parentId]));
  /** The municipality of an area, as far as the bundle says (a parent the bundle leaves out stands for it). */
  const rootOf = (id: string | undefined): string | undefined => {
    const seen = new Set<string>();
    let at = id;
    while (at !== undefined && parentOf.get(at) && !seen.has(at)) {
      seen.add(at);
      at = parentOf.get(at) ?? undefined;
    }
    return at;
  };
  const codes = new Map<string, string>();
  const machiaza = new Map<string, string>();
  for (const area of records) {
    if (area.code) {
      if (area.tier !== undefined && area.tier !== 1) {
        const message = `a tier-${area.tier} area has no 全国地方公共団体コード (the municipality, tier 1, has it); give its 町字 in machiaza_ids`;
        context.report('areas', area.line, 'code', area.code, message);
      } else if (codes.has(area.code)) {
        context.report(
          'areas',
          area.line,
          'code',
          area.code,
          `the code is the area "${codes.get(area.code)}"'s already`,
        );
      } else if (area.id !== undefined) codes.set(area.code, area.id);
    }
    for (const id of area.machiazaIds ?? []) {
      const key = `${rootOf(area.id)}:${id}`;
      if (area.tier === 1) {
        const message = 'a municipality (tier 1) is named by its code; 町字ID belong to the areas inside it';
        context.report('areas', area.line, 'machiaza_ids', id, message);
      } else if (machiaza.has(key) && machiaza.get(key) !== area.id) {
        context.report(
          'areas',
          area.line,
          'machiaza_ids',
          id,
          `the 町字 ${id} is the area "${machiaza.get(key)}"'s already`,
        );
      } else if (area.id !== undefined) machiaza.set(key, area.id);
    }
  }
}
