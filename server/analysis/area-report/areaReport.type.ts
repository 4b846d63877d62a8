/**
 * GraphQL types of the area report (地域カルテ). Counts of people are `Count`s and the rates made from them `Rate`s,
 * masked under 5 for the roles that see aggregates only (areaReport.mask.ts).
 * Plain data: `simpleResolvers` spares each field the middleware chain (requireLogin guards the root fields).
 */
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Count, Rate } from '../../shared/count.type.js';
import { CaseFiguresReport } from './caseFigures.type.js';
import { ResourceChanges } from './resourceChanges.js';

@ObjectType({ simpleResolvers: true, description: 'A kind of hub and how many there are' })
export class KindCount {
  @Field(() => String, { nullable: true }) kind!: string | null;
  @Field(() => Int) count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A field (分野) and how many organizations work in it' })
export class FieldCount {
  @Field(() => String) field!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A field (分野) and how many people have a need in it no agency meets',
})
export class FieldPeople {
  @Field(() => String) field!: string;
  @Field(() => Count, { description: 'people with an unmet need of this field' }) people!: Count;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'A council working in the area and how many of its members are in the area: organizations located in or serving it, people living in it',
})
export class CouncilMembers {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) kind!: string | null;
  @Field(() => Int, { nullable: true }) tier!: number | null;
  // no total: less the organizations, it would give a masked count of people back
  @Field(() => Int, {
    description: 'active members that are organizations located in or serving the area (not people: never masked)',
  })
  organizationMembers!: number;
  @Field(() => Count, { description: 'active members that are people living in the area' }) personMembers!: Count;
}

@ObjectType({ simpleResolvers: true, description: "An area's 地域カルテ: what the network knows of it, in figures" })
export class AreaReport {
  @Field(() => ID) areaId!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => Int, { nullable: true }) tier!: number | null;
  @Field(() => String, { description: 'the date the figures are for' }) asOf!: string;
  @Field(() => Int, { nullable: true, description: 'from statistics, as recorded on the area' }) population!:
    | number
    | null;
  @Field(() => Int, { nullable: true, description: 'from statistics' }) households!: number | null;
  @Field(() => Int, { nullable: true, description: 'from statistics: residents 65 and over' }) elderly!: number | null;
  @Field(() => Count, { description: 'people known to the network who live in the area' }) residentsKnown!: Count;
  @Field(() => Count, { description: 'people with no active tie outside their household' }) isolated!: Count;
  @Field(() => Rate, { description: 'isolated / residentsKnown (0 when nobody is known)' }) isolationRate!: Rate;
  @Field(() => Count, { description: 'people with at least one need' }) peopleInNeed!: Count;
  @Field(() => Count, { description: 'people with a need no agency of its field serves' }) peopleWithUnmetNeeds!: Count;
  @Field(() => [FieldPeople], {
    description: 'people with an unmet need, by field: every field, in a fixed order (one person may count in two)',
  })
  unmetNeedsByField!: FieldPeople[];
  @Field(() => Rate, {
    description: 'active watchers per person in need, on average (null when nobody is in need)',
  })
  watchersPerPersonInNeed!: Rate;
  @Field(() => Int) hubs!: number;
  @Field(() => [KindCount], { description: 'most first' }) hubsByKind!: KindCount[];
  @Field(() => Float, { nullable: true, description: 'null when the elderly population is not recorded' })
  hubsPer1000Elderly!: number | null;
  @Field(() => Int, { description: 'organizations located in or serving the area or an area in it, each once' })
  organizations!: number;
  @Field(() => [FieldCount], { description: 'those organizations by field, most first' })
  organizationsByField!: FieldCount[];
  @Field(() => [CouncilMembers], { description: 'councils covering the area, an area in it or above it' })
  councils!: CouncilMembers[];
  @Field(() => Int, { description: 'organizations and hubs on no council of their area (UNAFFILIATED_RESOURCE)' })
  unaffiliatedResources!: number;
  @Field(() => ResourceChanges, {
    description: 'hubs, organizations and councils opened or closed in the year up to asOf (the year-on-year change)',
  })
  resourceChanges!: ResourceChanges;
  @Field(() => CaseFiguresReport, {
    description: 'casework over the 年度 of asOf up to asOf: new cases by route, closings, plans, meetings, follow-ups',
  })
  cases!: CaseFiguresReport;
  @Field(() => [AreaReport], { description: 'the same for each child area (their own children left empty)' })
  children!: AreaReport[];
}

@ObjectType({ simpleResolvers: true, description: 'The reports of an area and the other areas under the same parent' })
export class SiblingReports {
  @Field(() => ID, { nullable: true, description: 'the parent area; null for a municipality (no siblings)' })
  parentId!: string | null;
  @Field(() => [AreaReport], {
    description:
      "the area and each sibling the viewer may compare (their children left empty); outside the viewer's areas, counts of people under 5 are 「5未満」 for every role but ADMIN",
  })
  areas!: AreaReport[];
  @Field(() => Int, { description: 'siblings left out: outside the areas of a PLANNER or COUNCIL_MEMBER' })
  withheld!: number;
}
