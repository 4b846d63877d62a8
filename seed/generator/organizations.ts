/**
 * The support organizations of a synthetic town, by field and by the tier they serve: city divisions, the
 * 社会福祉協議会, hospitals and town-wide bodies serve tier 1; a 地域包括支援センター, care-management offices, a
 * consultation office, a junior high school, a clinic and 見守り協定 companies serve each tier-2 district; an
 * elementary school and a 地区社協 serve each tier-3 area. Also the COLLABORATES/REFERS ties between them.
 */
import type { Field } from '../../server/vocabulary/codes.js';
import type { AreaPlan } from './areas.js';
import type { Ids } from './ids.js';
import type { Organization, Tie } from './model.js';
import type { Random } from './random.js';

export interface DistrictOrganizations {
  houkatsu: Organization;
  careManagers: Organization[];
  disabilityConsultation: Organization;
  juniorHigh: Organization;
  clinic: Organization;
  /** 見守り協定 companies: they sit on no council. */
  companies: Organization[];
}

export interface NeighbourhoodOrganizations {
  school: Organization;
  chikuShakyo: Organization;
}

/** Town-wide bodies outside the city hall. */
type TownBody =
  | 'hellowork'
  | 'youthSupport'
  | 'education'
  | 'development'
  | 'housing'
  | 'kodomoNpo'
  | 'women'
  | 'childGuidance';

export interface Organizations {
  all: Organization[];
  shakyo: Organization;
  city: Record<'policy' | 'elderly' | 'disability' | 'child' | 'welfare' | 'health', Organization>;
  town: Record<TownBody, Organization>;
  hospitals: Organization[];
  byDistrict: Map<string, DistrictOrganizations>;
  byNeighbourhood: Map<string, NeighbourhoodOrganizations>;
  ties: Tie[];
}

export function generateOrganizations(random: Random, plan: AreaPlan, ids: Ids): Organizations {
  const all: Organization[] = [];
  const townName = plan.town.name;
  const townStem = townName.replace(/市$/, '');
  const cityHall = plan.neighbourhoods[0].id;
  const make = (name: string, kind: string, fields: Field[], areaId: string, serves: string[]): Organization => {
    const organization = { id: ids.next('O'), name, kind, fields, areaId, serves };
    all.push(organization);
    return organization;
  };
  const townWide = (name: string, kind: string, fields: Field[], areaId = cityHall) =>
    make(name, kind, fields, areaId, [plan.town.id]);

  const shakyo = townWide(`${townName}社会福祉協議会`, '社会福祉協議会', ['COMMUNITY', 'POVERTY']);
  const city = {
    policy: townWide(`${townName} 福祉政策課`, '市の課', ['COMMUNITY']),
    elderly: townWide(`${townName} 高齢介護課`, '市の課', ['ELDERLY']),
    disability: townWide(`${townName} 障害福祉課`, '市の課', ['DISABILITY']),
    child: townWide(`${townName} 子育て支援課（家庭児童相談室）`, '市の課', ['CHILD']),
    welfare: townWide(`${townName} 生活福祉課`, '市の課', ['POVERTY']),
    health: townWide(`${townName} 健康推進課（保健センター）`, '市の課', ['HEALTH']),
  };
  const housingDistricts = random.sample(plan.districts, Math.max(1, Math.floor(plan.districts.length / 3)));
  const town = {
    hellowork: townWide(`ハローワーク${townStem}`, '公共職業安定所', ['EMPLOYMENT']),
    youthSupport: townWide(`${townStem}地域若者サポートステーション`, '就労支援機関', ['EMPLOYMENT']),
    education: townWide(`${townName}教育支援センター（適応指導教室）`, '教育委員会', ['EDUCATION']),
    development: townWide(`${townName}こども発達支援センター`, '児童発達支援センター', ['DISABILITY', 'CHILD']),
    housing: make(
      `NPO法人 すまいサポート${townStem}（居住支援法人）`,
      'NPO法人',
      ['HOUSING', 'POVERTY'],
      cityHall,
      housingDistricts.map((district) => district.id),
    ),
    kodomoNpo: townWide(`NPO法人 こども食堂ネットワーク${townStem}`, 'NPO法人', ['CHILD', 'POVERTY', 'COMMUNITY']),
    women: townWide(
      '県女性相談支援センター（配偶者暴力相談支援センター）',
      '県の相談機関',
      ['POVERTY', 'HEALTH'],
      plan.town.id,
    ),
    childGuidance: townWide('県中央児童相談所', '児童相談所', ['CHILD'], plan.town.id),
  };

  const hospitals: Organization[] = [];
  const byDistrict = new Map<string, DistrictOrganizations>();
  plan.districts.forEach((district, d) => {
    const stem = district.name.replace(/中学校区$/, '');
    const home = plan.neighbourhoods.filter((area) => area.parentId === district.id);
    const at = () => random.pick(home).id;
    if (d % 3 === 0) {
      const name = d === 0 ? `${townStem}中央病院` : `${stem}総合病院`;
      hospitals.push(townWide(name, '病院', ['HEALTH'], at()));
    }
    const serves = [district.id];
    byDistrict.set(district.id, {
      houkatsu: make(`${stem}部地域包括支援センター`, '地域包括支援センター', ['ELDERLY', 'HEALTH'], at(), serves),
      careManagers: [
        make(`居宅介護支援事業所 ${stem}のぞみ`, '居宅介護支援事業所', ['ELDERLY'], at(), serves),
        make(`居宅介護支援事業所 ${stem}やまびこ`, '居宅介護支援事業所', ['ELDERLY'], at(), serves),
      ],
      disabilityConsultation: make(`相談支援事業所 ${stem}`, '指定特定相談支援事業所', ['DISABILITY'], at(), serves),
      juniorHigh: make(`${townName}立${stem}中学校`, '中学校', ['CHILD'], at(), serves),
      clinic: make(`${stem}内科クリニック`, '診療所', ['HEALTH'], at(), serves),
      companies: [
        make(`スーパーまるやま ${stem}店`, '企業（見守り協定）', ['COMMUNITY'], at(), serves),
        ...(random.chance(0.5) ? [make(`${stem}新聞販売所`, '企業（見守り協定）', ['COMMUNITY'], at(), serves)] : []),
      ],
    });
  });

  const byNeighbourhood = new Map<string, NeighbourhoodOrganizations>();
  for (const area of plan.neighbourhoods) {
    const stem = area.name.replace(/地区$/, '');
    byNeighbourhood.set(area.id, {
      school: make(`${townName}立${stem}小学校`, '小学校', ['CHILD'], area.id, [area.id]),
      chikuShakyo: make(`${stem}地区社会福祉協議会`, '地区社協', ['COMMUNITY'], area.id, [area.id]),
    });
  }

  const ties: Tie[] = [
    { from: city.welfare.id, to: town.hellowork.id, type: 'REFERS' },
    { from: town.youthSupport.id, to: town.hellowork.id, type: 'COLLABORATES' },
    { from: city.child.id, to: town.development.id, type: 'COLLABORATES' },
    { from: city.child.id, to: town.childGuidance.id, type: 'REFERS' },
    { from: town.women.id, to: city.child.id, type: 'REFERS' },
    { from: shakyo.id, to: city.welfare.id, type: 'REFERS' },
    { from: town.kodomoNpo.id, to: shakyo.id, type: 'COLLABORATES' },
  ];
  for (const district of byDistrict.values()) {
    ties.push({ from: district.houkatsu.id, to: shakyo.id, type: 'COLLABORATES' });
    for (const office of district.careManagers)
      ties.push({ from: office.id, to: district.houkatsu.id, type: 'REFERS' });
    if (random.chance(0.6)) ties.push({ from: district.clinic.id, to: district.houkatsu.id, type: 'REFERS' });
  }
  for (const hospital of hospitals) {
    for (const district of random.sample([...byDistrict.values()], 2)) {
      ties.push({ from: hospital.id, to: district.houkatsu.id, type: 'REFERS' });
    }
  }
  for (const area of byNeighbourhood.values()) {
    if (random.chance(0.3)) ties.push({ from: area.school.id, to: city.child.id, type: 'REFERS' });
  }
  return { all, shakyo, city, town, hospitals, byDistrict, byNeighbourhood, ties };
}

/** The organizations having a field that reach an area: those serving it, else its district, else the town. */
export class Reach {
  private readonly byArea = new Map<string, Map<Field, string[]>>();

  constructor(organizations: readonly Organization[]) {
    for (const organization of organizations) {
      for (const areaId of organization.serves) {
        let fields = this.byArea.get(areaId);
        if (!fields) {
          fields = new Map();
          this.byArea.set(areaId, fields);
        }
        for (const field of organization.fields) {
          const list = fields.get(field);
          if (list) list.push(organization.id);
          else fields.set(field, [organization.id]);
        }
      }
    }
  }

  /** The nearest organizations of `field` for an area chain (tier 3, 2, 1); empty when none serves it. */
  nearest(chain: readonly string[], field: Field): readonly string[] {
    for (const areaId of chain) {
      const found = this.byArea.get(areaId)?.get(field);
      if (found?.length) return found;
    }
    return [];
  }
}
