/** What a match is proposed, moved on and followed up with. */
import { Field, ID, InputType } from 'type-graphql';
import type { MatchRoleCode, MatchStageCode } from '../vocabulary/matchCodes.js';
import { MatchRole, MatchStage } from './match.type.js';

@InputType({ description: '提案: a person and a place that might take them in' })
export class ProposeMatchInput {
  @Field(() => ID) personId!: string;
  @Field(() => ID, { description: 'a hub or an organization' }) placeId!: string;
  @Field(() => MatchRole, { nullable: true, description: 'default PARTICIPANT' }) role?: MatchRoleCode | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, default today' }) on?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType({ description: 'The next stage of a match, and when it was reached' })
export class MoveMatchInput {
  @Field(() => MatchStage) stage!: MatchStageCode;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, default today' }) on?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'the next follow-up; at 参加開始 two weeks on unless given',
  })
  nextFollowUpOn?: string | null;
}

@InputType({ description: 'A follow-up record' })
export class FollowUpInput {
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, default today' }) on?: string | null;
  @Field(() => String) who!: string;
  @Field(() => String) howItGoes!: string;
  @Field(() => String, { nullable: true }) hostConcerns?: string | null;
  @Field(() => String, { nullable: true }) nextOn?: string | null;
}
