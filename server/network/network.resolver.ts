/** The map of an area and the ecomap of a person or household. */
import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { assertMayLookBack } from '../auth/policy.js';
import { viewerIn } from '../auth/requireLogin.js';
import type { Context } from '../context.js';
import { today } from '../shared/dates.js';
import { BadInputError } from '../shared/errors.js';
import { readAsOf } from '../shared/validate.js';
import { buildEcomap } from './ecomap.service.js';
import { buildNetwork } from './network.service.js';
import { MapSearchHit, Network } from './network.type.js';
import { mapSearch } from './search/mapSearch.service.js';

/** More than any screen could show: a level of detail is a view of the map, not a list of people. */
const maxDetailIds = 500;

@Resolver()
export class NetworkResolver {
  @Query(() => Network, { description: 'The map of an area: nested areas, what lies in them, and the ties' })
  network(
    @Arg('areaId', () => ID) areaId: string,
    @Arg('asOf', () => String, { nullable: true, description: 'YYYY-MM-DD; today when absent' }) asOf: string | null,
    @Arg('includeEnded', () => Boolean, { defaultValue: false }) includeEnded: boolean,
    @Arg('open', () => [ID], {
      nullable: true,
      description:
        "Level of detail. When given (even empty), every area below the map's own is a closed box (a summary node, its ties bundled) unless listed here; people appear only in open boxes. Without it the whole network, as the contract has it.",
    })
    open: string[] | null,
    @Arg('show', () => [ID], {
      nullable: true,
      description:
        "with level of detail: entities drawn even inside closed boxes (search results, a finding's ids); stand-in ids accepted",
    })
    show: string[] | null,
    @Arg('focus', () => ID, {
      nullable: true,
      description: 'with level of detail: an entity drawn with every node tied to it, wherever they are',
    })
    focus: string | null,
    @Ctx() ctx: Context,
  ) {
    const viewer = viewerIn(ctx);
    const date = readAsOf(asOf);
    assertMayLookBack(viewer, date, today(), includeEnded);
    // an argument left out arrives as undefined, one given as null as null: both mean no level of detail
    for (const [argument, ids] of [
      ['open', open],
      ['show', show],
    ] as const) {
      if (ids && ids.length > maxDetailIds) {
        throw new BadInputError(`${argument} holds more than ${maxDetailIds} ids`, argument);
      }
    }
    const detail = open == null ? undefined : { open, show: show ?? [], focus: focus ?? null };
    return buildNetwork(ctx.graph, viewer, areaId, date, includeEnded, detail);
  }

  @Query(() => [MapSearchHit], {
    description:
      'Entities of the map of an area whose name contains the text, as the viewer may see them (people only by a name the viewer may see), best first',
  })
  mapSearch(
    @Arg('areaId', () => ID) areaId: string,
    @Arg('text', () => String) text: string,
    @Arg('limit', () => Int, { defaultValue: 20 }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<MapSearchHit[]> {
    return mapSearch(ctx.graph, viewerIn(ctx), areaId, text, limit);
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
