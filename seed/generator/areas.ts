/**
 * Plans the areas of a synthetic town: one tier-1 municipality, tier-2 districts (中学校区) of about 10,000
 * residents each (at least 3), and 4 to 8 tier-3 neighbourhoods (小学校区) in each, with the number of residents
 * each will hold. The statistics (population, households, elderly) are counted later from the people generated.
 */
import { districtNames, neighbourhoodNames, townNames } from './names.js';
import type { Random } from './random.js';

/** Residents per tier-2 district, as the national guideline for 日常生活圏域 suggests. */
export const residentsPerDistrict = 10_000;

export interface Area {
  id: string;
  name: string;
  tier: 1 | 2 | 3;
  parentId: string | undefined;
}

export interface Neighbourhood extends Area {
  tier: 3;
  /** How many residents the generator puts here. */
  residents: number;
  /** This area, its district and the town: nearest first. */
  chain: [string, string, string];
}

export interface AreaPlan {
  town: Area;
  districts: Area[];
  neighbourhoods: Neighbourhood[];
}

/** Splits `total` into integers proportional to `weights` (largest remainder), so they add up exactly. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, rest: value - Math.floor(value) }))
    .sort((x, y) => y.rest - x.rest || x.index - y.index);
  for (const { index } of byRemainder) {
    if (left === 0) break;
    counts[index]++;
    left--;
  }
  return counts;
}

function numbered(pool: readonly string[], index: number): string {
  const round = Math.floor(index / pool.length);
  return round === 0 ? pool[index] : `${pool[index % pool.length]}第${round + 1}`;
}

/** How many tier-2 districts a town of this many people has. */
export function districtCountFor(people: number): number {
  return Math.max(3, Math.round(people / residentsPerDistrict));
}

export function planAreas(random: Random, residents: number, districtCount: number): AreaPlan {
  const town: Area = { id: 'A1', name: random.pick(townNames), tier: 1, parentId: undefined };
  const districtSizes = apportion(
    residents,
    Array.from({ length: districtCount }, () => 0.85 + random.next() * 0.3),
  );
  const districts: Area[] = [];
  const neighbourhoods: Neighbourhood[] = [];
  districtSizes.forEach((size, d) => {
    const district: Area = {
      id: `A1-${String(d + 1).padStart(2, '0')}`,
      name: `${numbered(districtNames, d)}中学校区`,
      tier: 2,
      parentId: town.id,
    };
    districts.push(district);
    const count = random.int(4, 8);
    const sizes = apportion(
      size,
      Array.from({ length: count }, () => 0.6 + random.next() * 0.8),
    );
    sizes.forEach((share, n) => {
      const id = `${district.id}-${n + 1}`;
      neighbourhoods.push({
        id,
        name: `${numbered(neighbourhoodNames, neighbourhoods.length)}地区`,
        tier: 3,
        parentId: district.id,
        residents: share,
        chain: [id, district.id, town.id],
      });
    });
  });
  return { town, districts, neighbourhoods };
}
