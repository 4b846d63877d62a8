/**
 * The professionals of the network who are not residents of a household: the 第1層 生活支援コーディネーター at
 * tier 1, and in each tier-2 district a 第2層 coordinator and a CSW, each sitting on the councils of their tier.
 */
import type { Role } from '../../server/vocabulary/codes.js';
import type { AreaPlan } from './areas.js';
import type { Councils } from './councils.js';
import type { Ids } from './ids.js';
import type { Tie } from './model.js';
import { givenName, personName, surnames } from './names.js';
import type { Random } from './random.js';

export interface Professional {
  id: string;
  name: string;
  areaId: string;
  age: number;
  roles: Role[];
}

export interface Professionals {
  all: Professional[];
  /** The CSW of each district, by district id. */
  cswByDistrict: Map<string, string>;
  memberships: Tie[];
}

export function generateProfessionals(random: Random, plan: AreaPlan, councils: Councils, ids: Ids): Professionals {
  const all: Professional[] = [];
  const memberships: Tie[] = [];
  const hire = (areaId: string, role: Role, seats: string[]): Professional => {
    const age = random.int(28, 62);
    const person = {
      id: ids.next('P'),
      name: personName(random.pick(surnames), givenName(random, age, random.pick(['F', 'M'] as const))),
      areaId,
      age,
      roles: [role],
    };
    all.push(person);
    for (const council of seats)
      memberships.push({ from: person.id, to: council, type: 'MEMBER_OF', since: random.date(2018, 2025) });
    return person;
  };
  hire(plan.town.id, 'COORDINATOR', [councils.townPlatform.id]);
  const cswByDistrict = new Map<string, string>();
  for (const district of plan.districts) {
    const local = councils.byDistrict.get(district.id)!;
    hire(district.id, 'COORDINATOR', [local.platform.id]);
    cswByDistrict.set(district.id, hire(district.id, 'CSW', [councils.multiLayered.id, local.platform.id]).id);
  }
  return { all, cswByDistrict, memberships };
}
