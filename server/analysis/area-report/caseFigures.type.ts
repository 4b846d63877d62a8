/**
 * GraphQL types of the case figures of the 地域カルテ (caseFigures.ts says what each counts). Cases are about people,
 * so their counts are `Count`s, masked under 5 for the roles that see aggregates only (caseFigures.mask.ts);
 * meetings are a council's, not a person's, and are exact.
 */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CaseRoute, CloseReason } from '../../cases/case.type.js';
import { Count, Rate } from '../../shared/count.type.js';
import type { CaseRouteCode, CloseReasonCode } from '../../vocabulary/caseCodes.js';

@ObjectType({ simpleResolvers: true, description: 'A 相談経路 and how many cases came by it' })
export class RouteCases {
  @Field(() => CaseRoute) route!: CaseRouteCode;
  @Field(() => Count) cases!: Count;
}

@ObjectType({ simpleResolvers: true, description: 'A reason for closing and how many cases closed for it' })
export class ReasonCases {
  @Field(() => CloseReason) reason!: CloseReasonCode;
  @Field(() => Count) cases!: Count;
}

@ObjectType({ simpleResolvers: true, description: 'A council the report lists and the meetings it held' })
export class CouncilMeetings {
  @Field(() => ID) councilId!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => Int, { description: 'meetings recorded with a date in the period' }) meetings!: number;
}

@ObjectType('CaseFigures', {
  simpleResolvers: true,
  description:
    'Casework in the area over the 年度 (from 1 April) of the report date up to that date; a case counts in its subject’s area, and only when its subject exists for the viewer',
})
export class CaseFiguresReport {
  @Field(() => Int, { description: 'the 年度: the year its April falls in' }) fiscalYear!: number;
  @Field(() => String, { description: 'the first day counted (1 April)' }) from!: string;
  @Field(() => String, { description: 'the last day counted: the report date' }) to!: string;
  @Field(() => Count, { description: 'cases opened in the period' }) newCases!: Count;
  @Field(() => [RouteCases], { description: 'those cases by 相談経路: every route, in a fixed order' })
  newCasesByRoute!: RouteCases[];
  @Field(() => [CaseRoute], { description: 'the routes counted as through the community (知人・近隣, 民生委員・地域)' })
  communityRoutes!: CaseRouteCode[];
  @Field(() => Count, { description: 'new cases whose route is one of communityRoutes' }) communityCases!: Count;
  @Field(() => Rate, { description: 'communityCases / newCases (null when there is none)' }) communityShare!: Rate;
  @Field(() => Count, { description: 'cases closed (終結) in the period' }) closedCases!: Count;
  @Field(() => [ReasonCases], { description: 'those cases by reason: every reason, in a fixed order' })
  closedByReason!: ReasonCases[];
  @Field(() => Count, { description: "plans made in the period that were a case's first" }) firstPlans!: Count;
  @Field(() => Count, { description: 'plans made in the period that revised an earlier one' }) planRevisions!: Count;
  @Field(() => [CouncilMeetings], { description: 'meetings held in the period by each council the report lists' })
  meetingsByCouncil!: CouncilMeetings[];
  @Field(() => Count, {
    description: 'households in the area with two or more members who have a need (on the report date)',
  })
  multiNeedHouseholds!: Count;
  @Field(() => Count, { description: 'closed cases whose 終結後の確認 date falls in the period' }) followUpsDue!: Count;
  @Field(() => Count, { description: 'of those, the ones checked (a record after closing) on or before that date' })
  followUpsOnTime!: Count;
  @Field(() => Rate, { description: 'followUpsOnTime / followUpsDue (null when none was due)' })
  followUpOnTimeRate!: Rate;
}
