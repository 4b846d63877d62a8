/**
 * What the add-tie form offers: only the tie types that fit the two ends, and a direction only where it means
 * something — the tie rules of server/vocabulary/ties.ts, the one definition the server checks against.
 */
import {
  type EntityKind,
  fittingTieTypes,
  type TieType,
  tieDirections,
  tieRules,
} from '../../../server/vocabulary/ties';
import type { NodeKind } from './vocabulary';

export type TieWay = 'fromHere' | 'toHere';

/** The tie types that may join the selected node and the other one, one way or the other. */
export function tieTypesBetween(here: NodeKind, there: NodeKind): TieType[] {
  return fittingTieTypes(here as EntityKind, there as EntityKind);
}

/**
 * The directions to choose between: none to ask when only one fits or the tie is symmetric (近所, 友人), both when
 * each end may start it (見守り between two people: who watches whom).
 */
export function tieWays(type: string, here: NodeKind, there: NodeKind): TieWay[] {
  return tieDirections(type as TieType, here as EntityKind, there as EntityKind);
}

/** The ends to record for the chosen way: [sourceId, targetId]. */
export function tieEnds(hereId: string, thereId: string, way: TieWay): [string, string] {
  return way === 'fromHere' ? [hereId, thereId] : [thereId, hereId];
}

/** Whether a tie's direction says nothing (近所, 友人, 家族, 連携): shown without an arrow. */
export function isSymmetric(type: string): boolean {
  return (tieRules as Record<string, { symmetric: boolean }>)[type]?.symmetric ?? false;
}
