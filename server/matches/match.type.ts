/**
 * 参加支援 matches as GraphQL types: a person matched to a hub or an organization that takes people in, with its
 * stage, role, the steps it went through and its follow-ups. Plain data built by the service after the policy.
 */
import { Field, ID, ObjectType } from 'type-graphql';
import { enumOf } from '../shared/enums.js';
import type { MatchRoleCode, MatchStageCode } from '../vocabulary/matchCodes.js';
import { matchRoles, matchStages } from '../vocabulary/matchCodes.js';

export const MatchStage = enumOf(matchStages, 'MatchStage');
export const MatchRole = enumOf(matchRoles, 'MatchRole');

@ObjectType({ simpleResolvers: true, description: 'The person a match is for (seen in detail, or no match is shown)' })
export class MatchPerson {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'The place a match is to: a hub or an organization' })
export class MatchPlace {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Hub or Organization' }) kind!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A stage a match reached, on which day, written by whom' })
export class MatchStep {
  @Field(() => MatchStage) stage!: MatchStageCode;
  @Field(() => String) on!: string;
  @Field(() => String) by!: string;
}

@ObjectType({ simpleResolvers: true, description: 'フォローアップ: how it is going, seen on a day' })
export class MatchFollowUp {
  @Field(() => ID) id!: string;
  @Field(() => String) on!: string;
  @Field(() => String, { description: 'who looked (their words)' }) who!: string;
  @Field(() => String, { description: 'how it is going for the person' }) howItGoes!: string;
  @Field(() => String, { nullable: true, description: "the host's worries (受け入れ先の心配ごと)" })
  hostConcerns!: string | null;
  @Field(() => String, { nullable: true, description: 'the next follow-up' }) nextOn!: string | null;
  @Field(() => String) recordedBy!: string;
}

@ObjectType('Match', { simpleResolvers: true, description: '参加支援: a person matched to a place that takes them in' })
export class ParticipationMatch {
  @Field(() => ID) id!: string;
  @Field(() => MatchPerson) person!: MatchPerson;
  @Field(() => MatchPlace) place!: MatchPlace;
  @Field(() => ID, { nullable: true, description: "the person's area" }) areaId!: string | null;
  @Field(() => MatchStage) stage!: MatchStageCode;
  @Field(() => MatchRole) role!: MatchRoleCode;
  @Field(() => String, { description: 'the day it was proposed (the match began)' }) proposedOn!: string;
  @Field(() => String, { nullable: true, description: '参加開始: the tie to the place begins on it' })
  startedOn!: string | null;
  @Field(() => String, { nullable: true, description: '終結 or 本人辞退: the tie ends on it' }) endedOn!: string | null;
  @Field(() => [MatchStep], { description: 'every stage reached, earliest first' }) steps!: MatchStep[];
  @Field(() => [MatchFollowUp], { description: 'newest first' }) followUps!: MatchFollowUp[];
  @Field(() => String, { nullable: true, description: 'the next follow-up due, while the match goes on' })
  nextFollowUpOn!: string | null;
  @Field(() => ID, { nullable: true, description: 'the PARTICIPATES_IN tie made at 参加開始' }) tieId!: string | null;
  @Field(() => String, { nullable: true, description: 'the finding it was taken up from (HUB_MATCH)' })
  suggestedAs!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
}
