/**
 * 支援ケース as GraphQL types: a case about a person or a household, its team, キーパーソン with history, plan
 * versions and monitoring records. Plain data built by the service (case.service.ts) after the disclosure step.
 */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { enumOf } from '../shared/enums.js';
import {
  type CaseRouteCode,
  type CaseStatusCode,
  type CloseReasonCode,
  caseRoutes,
  caseStatuses,
  closeReasons,
  type PlanItemStatusCode,
  planItemStatuses,
} from '../vocabulary/caseCodes.js';

export const CaseStatus = enumOf(caseStatuses, 'CaseStatus');
export const CaseRoute = enumOf(caseRoutes, 'CaseRoute');
export const CloseReason = enumOf(closeReasons, 'CloseReason');
export const PlanItemStatus = enumOf(planItemStatuses, 'PlanItemStatus');

@ObjectType({
  simpleResolvers: true,
  description:
    'Someone a case names (its subject, a team member, the referrer, the キーパーソン, who does a plan item): a person ' +
    'as the viewer may see them (a stand-in id and no name when not seen by name), a household or an organization',
})
export class CaseParty {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Person, Household or Organization' }) kind!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'One キーパーソン of a case and when they held it' })
export class KeyPersonTerm {
  @Field(() => CaseParty) person!: CaseParty;
  @Field(() => String) since!: string;
  @Field(() => String, { nullable: true, description: 'empty while they hold it' }) until!: string | null;
  @Field(() => ID, { nullable: true, description: 'the meeting that decided the change (Case.meetings)' })
  decidedAt!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'One line of a plan: who does what, in which field, until when' })
export class PlanItem {
  @Field(() => ID) id!: string;
  @Field(() => CaseParty) who!: CaseParty;
  @Field(() => String) what!: string;
  @Field(() => String, { nullable: true, description: 'a field (分野)' }) field!: string | null;
  @Field(() => String) startOn!: string;
  @Field(() => String, { nullable: true }) reviewOn!: string | null;
  @Field(() => PlanItemStatus) status!: PlanItemStatusCode;
  @Field(() => ID, { nullable: true, description: 'the SUPPORTS tie this item made, when it connected someone' })
  tieId!: string | null;
}

@ObjectType({ simpleResolvers: true, description: '支援プラン: one version; a revision keeps the old ones' })
export class Plan {
  @Field(() => ID) id!: string;
  @Field(() => Int, { description: '1 for the first plan, then one more per revision' }) version!: number;
  @Field(() => String) madeOn!: string;
  @Field(() => String) madeBy!: string;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => [PlanItem]) items!: PlanItem[];
  @Field(() => ID, { nullable: true, description: 'the meeting that decided this version (Case.meetings)' })
  decidedAt!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'What a monitoring saw of one plan item' })
export class ItemOutcome {
  @Field(() => ID) itemId!: string;
  @Field(() => String) outcome!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'モニタリング: a dated record of what was seen, with the next review',
})
export class Monitoring {
  @Field(() => ID) id!: string;
  @Field(() => String) on!: string;
  @Field(() => String, { description: 'who looked (their words)' }) who!: string;
  @Field(() => String) seen!: string;
  @Field(() => [ItemOutcome]) outcomes!: ItemOutcome[];
  @Field(() => String, { nullable: true }) nextReviewOn!: string | null;
  @Field(() => Boolean, { description: 'recorded after the case closed: its 終結後の確認' }) followUp!: boolean;
  @Field(() => String) recordedBy!: string;
}

@ObjectType('Case', { simpleResolvers: true, description: '支援ケース: support for a person or a household' })
export class SupportCase {
  @Field(() => ID) id!: string;
  @Field(() => CaseParty, { description: 'the person or household the case is about' }) subject!: CaseParty;
  @Field(() => ID, { nullable: true, description: "the subject's area" }) areaId!: string | null;
  @Field(() => CaseStatus) status!: CaseStatusCode;
  @Field(() => String) openedOn!: string;
  @Field(() => String) openedBy!: string;
  @Field(() => CaseRoute, { description: '相談経路' }) route!: CaseRouteCode;
  @Field(() => CaseParty, { nullable: true, description: 'the organization or person that referred it' })
  referrer!: CaseParty | null;
  @Field(() => String, { nullable: true, description: 'who referred it, in words, when not one of ours' })
  referrerNote!: string | null;
  @Field(() => [CaseParty], { description: 'the organizations and people working on it' }) team!: CaseParty[];
  @Field(() => CaseParty, { nullable: true, description: 'キーパーソン now' }) keyPerson!: CaseParty | null;
  @Field(() => [KeyPersonTerm], { description: 'every キーパーソン, earliest first' })
  keyPersonHistory!: KeyPersonTerm[];
  @Field(() => String, { nullable: true, description: '方針: the agreed direction' }) direction!: string | null;
  @Field(() => String, { nullable: true, description: 'the next review date' }) reviewOn!: string | null;
  @Field(() => Plan, { nullable: true, description: 'the current plan' }) plan!: Plan | null;
  @Field(() => [Plan], { description: 'every version, newest first' }) plans!: Plan[];
  @Field(() => [Monitoring], { description: 'newest first' }) monitoring!: Monitoring[];
  @Field(() => String, { nullable: true }) closedOn!: string | null;
  @Field(() => CloseReason, { nullable: true }) closeReason!: CloseReasonCode | null;
  @Field(() => String, { nullable: true }) closeNote!: string | null;
  @Field(() => String, { nullable: true, description: '終結後の確認: when to check on them after closing' })
  followUpOn!: string | null;
  @Field(() => String, { nullable: true, description: 'when that check was recorded' }) followUpDoneOn!: string | null;
}
