/**
 * Checks a town bundle folder (the sample town, a generated town): first as the import does, with the server's own
 * parse and rules (server/bundles/), then for what only a whole town must also be — figures of areas that add up to
 * their parent's, no more elderly or households than people, everyone living in their household's area. Returns
 * the problems as `file:line…` lines.
 */

import type { DraftBundle } from '../../server/bundles/bundle.types.js';
import { fileOf } from '../../server/bundles/bundle.types.js';
import { parseBundle } from '../../server/bundles/parse.js';
import { readBundleFolder } from '../../server/bundles/read.js';
import { checkBundle, sortProblems } from '../../server/bundles/validate.js';
import { formatBundleProblem } from '../../server/shared/errors.js';

export async function checkTown(folder: string): Promise<string[]> {
  const { bundle, problems } = parseBundle(await readBundleFolder(folder));
  const asImported = sortProblems([...problems, ...checkBundle(bundle, new Map())]).map(formatBundleProblem);
  return [...asImported, ...figuresAddUp(bundle), ...livesWithHousehold(bundle)];
}

const figures = ['population', 'households', 'elderly'] as const;

/** An area has no more elderly or households than people, and at least the sum of its children's figures. */
function figuresAddUp(bundle: DraftBundle): string[] {
  const problems: string[] = [];
  const areas = bundle.areas?.records ?? [];
  const at = (line: number, message: string) => problems.push(`${fileOf('areas')}:${line} ${message}`);
  const sums = new Map<string, Record<(typeof figures)[number], number>>();
  for (const area of areas) {
    if ((area.elderly ?? 0) > (area.population ?? 0)) at(area.line, 'has more elderly than people');
    if ((area.households ?? 0) > (area.population ?? 0)) at(area.line, 'has more households than people');
    if (!area.parentId) continue;
    const sum = sums.get(area.parentId) ?? { population: 0, households: 0, elderly: 0 };
    for (const figure of figures) sum[figure] += area[figure] ?? 0;
    sums.set(area.parentId, sum);
  }
  for (const area of areas) {
    const sum = area.id === undefined ? undefined : sums.get(area.id);
    if (!sum) continue;
    for (const figure of figures) {
      const own = area[figure] ?? 0;
      if (sum[figure] > own) at(area.line, `${figure} ${own} is less than its areas' ${sum[figure]}`);
    }
  }
  return problems;
}

/** A person who belongs to a household lives in the household's area. */
function livesWithHousehold(bundle: DraftBundle): string[] {
  const householdArea = new Map(
    (bundle.households?.records ?? []).map((household) => [household.id, household.areaId]),
  );
  return (bundle.people?.records ?? [])
    .filter((person) => person.householdId && householdArea.has(person.householdId))
    .filter((person) => householdArea.get(person.householdId!) !== person.areaId)
    .map(
      (person) =>
        `${fileOf('people')}:${person.line} lives in ${person.areaId} but household ${person.householdId} is in ${householdArea.get(person.householdId!)}`,
    );
}
