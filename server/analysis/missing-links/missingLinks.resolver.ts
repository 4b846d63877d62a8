/** `missingLinks` and `acceptSuggestion`: the links the network lacks, and recording one when it is made. */
import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { assertAreaAccess } from '../../auth/policy.js';
import { viewerIn } from '../../auth/requireLogin.js';
import type { Context } from '../../context.js';
import { readAsOf } from '../../shared/validate.js';
import { AcceptedSuggestion, MissingLink, MissingLinkKind } from './missingLink.type.js';
import { acceptSuggestion, missingLinks } from './missingLinks.service.js';

@Resolver()
export class MissingLinksResolver {
  @Query(() => [MissingLink], {
    description: 'Links the network of the area (and below) lacks at asOf (default today), highest score first',
  })
  missingLinks(
    @Arg('areaId', () => ID) areaId: string,
    @Arg('kinds', () => [MissingLinkKind], { nullable: true, description: 'default: every kind the viewer may see' })
    kinds: MissingLinkKind[] | null,
    @Arg('asOf', () => String, { nullable: true, description: 'YYYY-MM-DD' }) asOf: string | null,
    @Ctx() ctx: Context,
  ): Promise<MissingLink[]> {
    const viewer = viewerIn(ctx);
    assertAreaAccess(viewer, areaId);
    return missingLinks(ctx.graph, viewer, { areaId, asOf: readAsOf(asOf) }, kinds);
  }

  @Mutation(() => AcceptedSuggestion, {
    description:
      'Records that a suggestion was taken up: the ties it suggested (or, for a household, a case conference; for ' +
      'HUB_MATCH, a 参加支援 match at 本人と相談中 per chosen hub, the tie coming at 参加開始), ' +
      'beginning today, with who accepted it and when; the finding then disappears',
  })
  acceptSuggestion(
    @Arg('kind', () => MissingLinkKind) kind: MissingLinkKind,
    @Arg('subjectIds', () => [ID]) subjectIds: string[],
    @Arg('suggestedIds', () => [ID], { description: 'the suggested ids taken up (all or some)' })
    suggestedIds: string[],
    @Arg('field', () => String, { nullable: true, description: 'the field of an UNMET_NEED' }) field: string | null,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ): Promise<AcceptedSuggestion> {
    return acceptSuggestion(ctx.graph, viewerIn(ctx), kind, { subjectIds, suggestedIds, field, note });
  }
}
