/**
 * Whom a hub is for (対象), as HUB_MATCH reads it: a hub with no audience, or one for 誰でも, is for anyone; else
 * the person must be one of those it names. Age comes from the person's age band (80代, 0-5, 16-18); a person
 * whose age is not known is not ruled out by age (the coordinator knows them, the data does not).
 */
import type { AudienceCode } from '../../vocabulary/matchCodes.js';

/** What the rule knows of a person. */
export interface AudienceFacts {
  ageBand: string | null;
  needs: readonly string[];
  /** the age bands of the others in their household */
  householdAgeBands: readonly string[];
}

/** The lowest and highest age an age band allows; undefined when it is not one the rule can read. */
export function ageRange(band: string | null | undefined): [number, number] | undefined {
  const text = band?.normalize('NFKC').trim() ?? '';
  const decade = /^(\d+)代/.exec(text);
  if (decade) return [Number(decade[1]), Number(decade[1]) + 9];
  const span = /^(\d+)\s*[-~〜]\s*(\d+)/.exec(text);
  if (span) return [Number(span[1]), Number(span[2])];
  const single = /^(\d+)歳?$/.exec(text);
  if (single) return [Number(single[1]), Number(single[1])];
  return undefined;
}

/** 高齢者 from 65. */
const elderlyFrom = 65;
/** Adults from 18. */
const adultFrom = 18;
/** A child whose parents a 子育て place is for: under 13 (小学生まで). */
const youngChildUnder = 13;

function isElderly(age: [number, number] | undefined, needs: readonly string[]): boolean {
  return needs.includes('ELDERLY') || age === undefined || age[1] >= elderlyFrom;
}

function isChild(age: [number, number] | undefined): boolean {
  return age === undefined || age[0] < adultFrom;
}

/** Raising children: an adult under 65 (or of unknown age) with a need in 子ども・子育て or a young child at home. */
function isParenting(age: [number, number] | undefined, facts: AudienceFacts): boolean {
  const rearingAge = age === undefined || (age[0] >= adultFrom && age[1] < elderlyFrom);
  const youngChild = facts.householdAgeBands.some((band) => {
    const other = ageRange(band);
    return other !== undefined && other[0] < youngChildUnder;
  });
  return rearingAge && (facts.needs.includes('CHILD') || youngChild);
}

/** Whether the person is among those the hub is for. */
export function fitsAudience(facts: AudienceFacts, audience: readonly AudienceCode[]): boolean {
  if (audience.length === 0 || audience.includes('ANYONE')) return true;
  const age = ageRange(facts.ageBand);
  return audience.some((code) => {
    switch (code) {
      case 'ELDERLY':
        return isElderly(age, facts.needs);
      case 'CHILDREN':
        return isChild(age);
      case 'PARENTING':
        return isParenting(age, facts);
      case 'DISABILITY':
        return facts.needs.includes('DISABILITY');
      default:
        return true;
    }
  });
}
