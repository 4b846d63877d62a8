/**
 * The councils of a synthetic town and the organizations sitting on them: at tier 1 the 第1層協議体, the
 * 重層的支援会議, the 要保護児童対策地域協議会 and the 障害者自立支援協議会; in each tier-2 district a 第2層協議体 and
 * a 地域ケア会議. Membership follows who usually sits where, with some seats left empty so that gaps exist.
 */
import type { AreaPlan } from './areas.js';
import type { Ids } from './ids.js';
import type { Council, Organization, Tie } from './model.js';
import type { Organizations } from './organizations.js';
import type { Random } from './random.js';

export interface DistrictCouncils {
  /** 第2層協議体 */
  platform: Council;
  /** 地域ケア会議 */
  careConference: Council;
}

export interface Councils {
  all: Council[];
  /** 第1層協議体 */
  townPlatform: Council;
  /** 重層的支援会議（相談支援包括化推進会議） */
  multiLayered: Council;
  /** 要保護児童対策地域協議会 */
  childProtection: Council;
  /** 障害者自立支援協議会 */
  disability: Council;
  byDistrict: Map<string, DistrictCouncils>;
  /** MEMBER_OF ties from organizations. */
  memberships: Tie[];
}

export function generateCouncils(random: Random, plan: AreaPlan, organizations: Organizations, ids: Ids): Councils {
  const all: Council[] = [];
  const make = (name: string, kind: string, tier: 1 | 2, covers: string): Council => {
    const council = { id: ids.next('C'), name, kind, tier, covers: [covers] };
    all.push(council);
    return council;
  };
  const town = plan.town;
  const townPlatform = make(`${town.name}第1層協議体`, '第1層協議体', 1, town.id);
  const multiLayered = make(`${town.name}重層的支援会議`, '重層的支援会議', 1, town.id);
  const childProtection = make(`${town.name}要保護児童対策地域協議会`, '要保護児童対策地域協議会', 1, town.id);
  const disability = make(`${town.name}障害者自立支援協議会`, '障害者自立支援協議会', 1, town.id);
  const byDistrict = new Map<string, DistrictCouncils>();
  for (const district of plan.districts) {
    const stem = district.name.replace(/中学校区$/, '');
    byDistrict.set(district.id, {
      platform: make(`${stem}部第2層協議体`, '第2層協議体', 2, district.id),
      careConference: make(`${stem}部地域ケア会議`, '地域ケア会議', 2, district.id),
    });
  }

  const memberships: Tie[] = [];
  const seat = (organization: Organization, council: Council, chance = 1) => {
    if (chance >= 1 || random.chance(chance))
      memberships.push({ from: organization.id, to: council.id, type: 'MEMBER_OF' });
  };
  const { shakyo, city, town: bodies } = organizations;
  for (const council of [townPlatform, multiLayered]) seat(shakyo, council);
  seat(city.policy, townPlatform);
  seat(city.policy, multiLayered);
  seat(city.elderly, townPlatform);
  seat(city.health, townPlatform);
  seat(city.disability, multiLayered);
  seat(city.disability, disability);
  seat(city.child, childProtection);
  seat(city.child, multiLayered);
  seat(city.welfare, multiLayered);
  seat(city.health, childProtection);
  seat(bodies.hellowork, multiLayered);
  seat(bodies.education, childProtection);
  seat(bodies.development, disability);
  seat(bodies.development, childProtection);
  seat(bodies.childGuidance, childProtection);
  seat(bodies.kodomoNpo, townPlatform);
  seat(bodies.housing, multiLayered, 0.5);
  for (const [districtId, district] of organizations.byDistrict) {
    const councils = byDistrict.get(districtId)!;
    seat(shakyo, councils.platform);
    seat(district.houkatsu, councils.platform);
    seat(district.houkatsu, councils.careConference);
    seat(district.houkatsu, multiLayered);
    seat(city.elderly, councils.careConference);
    for (const office of district.careManagers) seat(office, councils.careConference, 0.5);
    seat(district.disabilityConsultation, disability, 0.7);
    seat(district.juniorHigh, childProtection, 0.6);
    seat(district.clinic, councils.careConference, 0.5);
  }
  for (const hospital of organizations.hospitals) {
    const home = plan.neighbourhoods.find((area) => area.id === hospital.areaId);
    if (home?.parentId) seat(hospital, byDistrict.get(home.parentId)!.careConference);
  }
  for (const area of plan.neighbourhoods) {
    const local = organizations.byNeighbourhood.get(area.id)!;
    seat(local.school, childProtection, 0.3);
    seat(local.chikuShakyo, byDistrict.get(area.parentId!)!.platform, 0.7);
  }
  return { all, townPlatform, multiLayered, childProtection, disability, byDistrict, memberships };
}
