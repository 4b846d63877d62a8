/** What a case, a plan and a monitoring record are made or changed with. */
import { Field, ID, InputType } from 'type-graphql';
import type { CaseRouteCode, CaseStatusCode, CloseReasonCode, PlanItemStatusCode } from '../vocabulary/caseCodes.js';
import { CaseRoute, CaseStatus, CloseReason, PlanItemStatus } from './case.type.js';

@InputType({ description: 'A new case (受付)' })
export class OpenCaseInput {
  @Field(() => ID, { description: 'the person or household' }) subjectId!: string;
  @Field(() => CaseRoute) route!: CaseRouteCode;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, default today' }) openedOn?: string | null;
  @Field(() => ID, { nullable: true }) referrerId?: string | null;
  @Field(() => String, { nullable: true }) referrerNote?: string | null;
  @Field(() => [ID], { nullable: true }) teamIds?: string[] | null;
  @Field(() => ID, { nullable: true }) keyPersonId?: string | null;
  @Field(() => String, { nullable: true }) direction?: string | null;
  @Field(() => String, { nullable: true }) reviewOn?: string | null;
}

@InputType({ description: 'A change to an open case; only the fields given change' })
export class UpdateCaseInput {
  @Field(() => CaseStatus, { nullable: true, description: 'INTAKE → ASSESSMENT → ACTIVE (with a plan) ⇄ ASSESSMENT' })
  status?: CaseStatusCode | null;
  @Field(() => CaseRoute, { nullable: true }) route?: CaseRouteCode | null;
  @Field(() => ID, { nullable: true }) referrerId?: string | null;
  @Field(() => String, { nullable: true }) referrerNote?: string | null;
  @Field(() => [ID], { nullable: true, description: 'the whole team' }) teamIds?: string[] | null;
  @Field(() => ID, { nullable: true, description: 'a new キーパーソン from today' }) keyPersonId?: string | null;
  @Field(() => String, { nullable: true }) direction?: string | null;
  @Field(() => String, { nullable: true }) reviewOn?: string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'the meeting that decided the change of team, キーパーソン or 方針 (it had the case on its agenda)',
  })
  meetingId?: string | null;
}

@InputType({ description: '終結: why, when, and when to check on them again' })
export class CloseCaseInput {
  @Field(() => CloseReason) reason!: CloseReasonCode;
  @Field(() => String, { nullable: true, description: 'default today' }) closedOn?: string | null;
  @Field(() => String, { nullable: true }) followUpOn?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType({ description: 'One line of a plan' })
export class PlanItemInput {
  @Field(() => ID, { description: 'the organization or person who does it' }) whoId!: string;
  @Field(() => String) what!: string;
  @Field(() => String, { nullable: true }) field?: string | null;
  @Field(() => String) startOn!: string;
  @Field(() => String, { nullable: true }) reviewOn?: string | null;
  @Field(() => PlanItemStatus, { nullable: true, description: 'default PLANNED' }) status?: PlanItemStatusCode | null;
}

@InputType({ description: 'What a monitoring saw of one item of the current plan' })
export class ItemOutcomeInput {
  @Field(() => ID) itemId!: string;
  @Field(() => String) outcome!: string;
}

@InputType({ description: 'A monitoring record (after closing: the 終結後の確認)' })
export class MonitoringInput {
  @Field(() => String, { nullable: true, description: 'default today' }) on?: string | null;
  @Field(() => String) who!: string;
  @Field(() => String) seen!: string;
  @Field(() => [ItemOutcomeInput], { nullable: true }) outcomes?: ItemOutcomeInput[] | null;
  @Field(() => String, { nullable: true }) nextReviewOn?: string | null;
}
