/** `matches`, `match` and the mutations of a match's life: thin, the policy and rules live in the service. */
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { viewerIn } from '../auth/requireLogin.js';
import type { Context } from '../context.js';
import type { MatchStageCode } from '../vocabulary/matchCodes.js';
import { FollowUpInput, MoveMatchInput, ProposeMatchInput } from './match.input.js';
import * as service from './match.service.js';
import { MatchStage, ParticipationMatch } from './match.type.js';

@Resolver(() => ParticipationMatch)
export class MatchResolver {
  @Query(() => [ParticipationMatch], {
    description: '参加支援: the matches of people of an area (and below) that the viewer sees, newest first',
  })
  matches(
    @Arg('areaId', () => ID) areaId: string,
    @Arg('stage', () => MatchStage, { nullable: true }) stage: MatchStageCode | null,
    @Arg('personId', () => ID, { nullable: true, description: 'only the matches of this person' })
    personId: string | null,
    @Ctx() ctx: Context,
  ) {
    return service.listMatches(ctx.graph, viewerIn(ctx), { areaId, stage, personId });
  }

  @Query(() => ParticipationMatch, { description: 'A match, when the viewer sees its person in detail' })
  match(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return service.getMatch(ctx.graph, viewerIn(ctx), id);
  }

  @Mutation(() => ParticipationMatch, { description: '提案: matches a person to a hub or an organization' })
  proposeMatch(@Arg('input', () => ProposeMatchInput) input: ProposeMatchInput, @Ctx() ctx: Context) {
    return service.proposeMatch(ctx.graph, viewerIn(ctx), input);
  }

  @Mutation(() => ParticipationMatch, {
    description:
      'Moves a match on one stage: 提案 → 本人と相談中 → 参加開始 (the tie begins) → 定着 → 終結, or 本人辞退',
  })
  moveMatch(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => MoveMatchInput) input: MoveMatchInput,
    @Ctx() ctx: Context,
  ) {
    return service.moveMatch(ctx.graph, viewerIn(ctx), id, input);
  }

  @Mutation(() => ParticipationMatch, { description: 'A follow-up record: how it is going, the host’s worries' })
  recordMatchFollowUp(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => FollowUpInput) input: FollowUpInput,
    @Ctx() ctx: Context,
  ) {
    return service.recordFollowUp(ctx.graph, viewerIn(ctx), id, input);
  }
}
