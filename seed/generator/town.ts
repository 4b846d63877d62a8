/**
 * Generates a whole synthetic town into a bundle folder, one tier-3 area at a time so that memory stays flat:
 * organizations, councils and professionals first, then each area's households, people, hubs and ties, and the
 * areas with their statistics (counted from the people generated) last, then the cases of the households with
 * their plans, monitoring and meetings (cases.ts) in the bundle's support files.
 */
import { type Area, districtCountFor, planAreas } from './areas.js';
import { CaseMaker } from './cases.js';
import { generateCouncils } from './councils.js';
import { generateHubs } from './hubs.js';
import { Ids } from './ids.js';
import { generateOrganizations, Reach } from './organizations.js';
import { ageBand, appointWatchers, elderlyAge, generateHouseholds } from './people.js';
import { generateProfessionals } from './professionals.js';
import { Random } from './random.js';
import { Relatives, TieSink } from './tieSink.js';
import { generateAreaTies } from './ties.js';
import { type BundleFile, BundleWriter } from './write.js';

export interface TownOptions {
  /** People in people.csv, professionals included. */
  people: number;
  /** The bundle folder to write (created when missing; its CSV files are overwritten). */
  out: string;
  /** Any text: the same seed and size give byte-identical files. */
  seed: string;
}

interface Stats {
  population: number;
  households: number;
  elderly: number;
}

/** Rows written per bundle file. */
export type TownCounts = Record<BundleFile, number>;

export function generateTown(options: TownOptions): TownCounts {
  const random = new Random(`tsunagari:${options.seed}`);
  const width = Math.max(6, String(options.people).length);
  const ids = new Ids({ P: width, H: width, O: 4, C: 3, HB: 5 });
  const districtCount = districtCountFor(options.people);
  const residents = options.people - (1 + 2 * districtCount);
  const plan = planAreas(random, residents, districtCount);
  const organizations = generateOrganizations(random, plan, ids);
  const councils = generateCouncils(random, plan, organizations, ids);
  const professionals = generateProfessionals(random, plan, councils, ids);
  const reach = new Reach(organizations.all);
  const relatives = new Relatives(random);
  const out = new BundleWriter(options.out);
  const casework = new CaseMaker(options.seed, organizations, councils, professionals.cswByDistrict);

  try {
    for (const organization of organizations.all) out.organization(organization);
    for (const council of councils.all) out.council(council);
    for (const tie of [...organizations.ties, ...councils.memberships, ...professionals.memberships]) out.tie(tie);
    for (const person of professionals.all) {
      out.person({ ...person, ageBand: ageBand(person.age), needs: [], interests: [], consent: 'COMMUNITY' });
    }

    const stats = new Map<string, Stats>();
    for (const area of plan.neighbourhoods) {
      const households = generateHouseholds(random, area.id, area.residents, ids);
      const watchers = appointWatchers(random, households);
      const local = organizations.byNeighbourhood.get(area.id)!;
      const district = organizations.byDistrict.get(area.parentId!)!;
      const { hubs, runs } = generateHubs(
        random,
        area,
        {
          chikuShakyo: local.chikuShakyo.id,
          houkatsu: district.houkatsu.id,
          shakyo: organizations.shakyo.id,
          kodomoNpo: organizations.town.kodomoNpo.id,
          clinic: district.clinic.id,
        },
        watchers.volunteers,
        ids,
      );
      const count: Stats = { population: 0, households: households.length, elderly: 0 };
      for (const household of households) {
        out.household(household);
        for (const member of household.members) {
          out.person({ ...member, areaId: area.id, ageBand: ageBand(member.age) });
          count.population++;
          if (member.age >= elderlyAge) count.elderly++;
        }
      }
      stats.set(area.id, count);
      casework.area(area.id, area.parentId!, households);
      for (const hub of hubs) out.hub(hub);
      const sink = new TieSink((tie) => out.tie(tie));
      for (const tie of runs) sink.add(tie, [tie.from]);
      generateAreaTies({
        random,
        area,
        households,
        hubs,
        watchers,
        reach,
        relatives,
        csw: professionals.cswByDistrict.get(area.parentId!),
        platform: councils.byDistrict.get(area.parentId!)!.platform.id,
        sink,
      });
    }

    const total = (areas: readonly Area[]): Stats => {
      const sum: Stats = { population: 0, households: 0, elderly: 0 };
      for (const area of areas) {
        const one = stats.get(area.id)!;
        sum.population += one.population;
        sum.households += one.households;
        sum.elderly += one.elderly;
      }
      return sum;
    };
    out.area(plan.town, total(plan.neighbourhoods));
    for (const district of plan.districts) {
      const inside = plan.neighbourhoods.filter((area) => area.parentId === district.id);
      stats.set(district.id, total(inside));
      out.area(district, stats.get(district.id)!);
    }
    for (const area of plan.neighbourhoods) out.area(area, stats.get(area.id)!);
    casework.finish();
    for (const record of casework.cases) out.supportCase(record);
    for (const record of casework.meetings) out.meeting(record);
  } finally {
    out.close();
  }
  return out.counts();
}
