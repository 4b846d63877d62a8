/** The map of an area and the ecomap of a person or household. */
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { assertMayLookBack } from '../auth/policy.js';
import { viewerIn } from '../auth/requireLogin.js';
import type { Context } from '../context.js';
import { today } from '../shared/dates.js';
import { BadInputError } from '../shared/errors.js';
import { readAsOf } from '../shared/validate.js';
import { buildEcomap } from './ecomap.service.js';
import { buildNetwork } from './network.service.js';
import { Network } from './network.type.js';

@Resolver()
export class NetworkResolver {
  @Query(() => Network, { description: 'The map of an area: nested areas, what lies in them, and the ties' })
  network(
    @Arg('areaId', () => ID) areaId: string,
    @Arg('asOf', () => String, { nullable: true, description: 'YYYY-MM-DD; today when absent' }) asOf: string | null,
    @Arg('includeEnded', () => Boolean, { defaultValue: false }) includeEnded: boolean,
    @Ctx() ctx: Context,
  ) {
    const viewer = viewerIn(ctx);
    const date = readAsOf(asOf);
    assertMayLookBack(viewer, date, today(), includeEnded);
    return buildNetwork(ctx.graph, viewer, areaId, date, includeEnded);
  }

  @Query(() => Network, { description: 'エコマップ of a person (or of a household, with householdId)' })
  ecomap(
    @Arg('personId', () => ID, { nullable: true }) personId: string | null,
    @Arg('householdId', () => ID, { nullable: true }) householdId: string | null,
    @Arg('asOf', () => String, { nullable: true }) asOf: string | null,
    @Arg('includeEnded', () => Boolean, { defaultValue: false }) includeEnded: boolean,
    @Ctx() ctx: Context,
  ) {
    const centre = personId ?? householdId;
    if (!centre) throw new BadInputError('give personId or householdId');
    return buildEcomap(ctx.graph, viewerIn(ctx), centre, readAsOf(asOf), includeEnded);
  }
}
