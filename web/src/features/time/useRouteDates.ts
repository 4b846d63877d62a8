/**
 * The days the current map or ecomap shows, read from its URL (`?asOf=…&from=…`) so that a link opens the same
 * view, checked as the server checks them, and changed by navigating (the browser's back button goes back).
 */
import { useMemo } from 'react';
import { useRouter } from '../../app/router';
import { useRights } from '../../app/session';
import { mayLookBack } from '../../models/permissions';
import type { RouteDates } from '../../models/route';
import { localToday, type Period, readDates } from '../../models/timeline';

export interface ShownDates {
  /** Whether the role is offered other days at all. */
  offered: boolean;
  today: string;
  /** The day shown, when not today (what the queries send as `asOf`). */
  asOf?: string;
  /** The two compared days, when comparing. */
  period?: Period;
  /** Why the link's dates were not used. */
  problem?: ReturnType<typeof readDates>['problem'];
  show(dates: RouteDates): void;
}

/** `fixed`: the days of a saved view, shown whatever the URL says (and not changed from the map). */
export function useRouteDates(fixed?: RouteDates): ShownDates {
  const { route, navigate } = useRouter();
  const offered = mayLookBack(useRights());
  const today = localToday();
  const asked: RouteDates = fixed ?? (route.name === 'map' || route.name === 'ecomap' ? route : {});
  const { asOf, from, problem } = readDates({ asOf: asked.asOf, from: asked.from }, today, offered);
  return useMemo(
    () => ({
      offered,
      today,
      asOf,
      period: from ? { from, to: asOf ?? today } : undefined,
      problem,
      show(dates: RouteDates) {
        if (fixed || (route.name !== 'map' && route.name !== 'ecomap')) return;
        navigate({ ...route, asOf: dates.asOf === today ? undefined : dates.asOf, from: dates.from });
      },
    }),
    [offered, today, asOf, from, problem, route, navigate, fixed],
  );
}
