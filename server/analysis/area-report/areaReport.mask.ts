/**
 * The area report as a viewer may see it: the exact figures with every small count of people masked
 * (server/auth/smallCounts.ts decides for whom), and every rate made from a masked count masked with it.
 *
 * About people, so masked: residents known, isolated, people in need, people with unmet needs (and per field), the watchers of the
 * people in need (only inside watchersPerPersonInNeed), and the people on a council (which has no total for that
 * reason: less its organizations, it would give them back).
 * Not about people, so exact: population, households and elderly (the municipality's published statistics, not the
 * network's records), hubs and their kinds, organizations and their fields, organizations on a council,
 * unaffiliated resources, resources opened and closed, and hubs per 1,000 elderly (hubs over a statistic).
 * The case figures are masked by caseFigures.mask.ts (cases are about people; meetings are not).
 */
import { maskCountFor, maskRateFor, seesSmallCounts } from '../../auth/smallCounts.js';
import type { Viewer } from '../../auth/viewer.js';
import type { AreaFigures } from './areaReport.service.js';
import { AreaReport, CouncilMembers, FieldCount, FieldPeople, KindCount } from './areaReport.type.js';
import { toCaseFigures } from './caseFigures.mask.js';
import { ResourceChanges } from './resourceChanges.js';

/**
 * `exact`: whether small counts are shown as they are — by default as the viewer's role decides; false for an area
 * outside a coordinator's areas (siblings.ts), where they see aggregates as a planner does.
 */
export function toAreaReport(viewer: Viewer, figures: AreaFigures, exact = seesSmallCounts(viewer)): AreaReport {
  const count = (n: number) => maskCountFor(exact, n);
  const { residentsKnown, isolated, peopleInNeed, watchersOfInNeed } = figures;
  return Object.assign(new AreaReport(), {
    areaId: figures.areaId,
    name: figures.name,
    tier: figures.tier,
    asOf: figures.asOf,
    population: figures.population,
    households: figures.households,
    elderly: figures.elderly,
    residentsKnown: count(residentsKnown),
    isolated: count(isolated),
    isolationRate: maskRateFor(exact, figures.isolationRate, [isolated, residentsKnown]),
    peopleInNeed: count(peopleInNeed),
    peopleWithUnmetNeeds: count(figures.peopleWithUnmetNeeds),
    unmetNeedsByField: figures.unmetNeedsByField.map(({ field, people }) =>
      Object.assign(new FieldPeople(), { field, people: count(people) }),
    ),
    watchersPerPersonInNeed: maskRateFor(exact, figures.watchersPerPersonInNeed, [peopleInNeed, watchersOfInNeed]),
    hubs: figures.hubs,
    hubsByKind: figures.hubsByKind.map((row) => Object.assign(new KindCount(), row)),
    hubsPer1000Elderly: figures.hubsPer1000Elderly,
    organizations: figures.organizations,
    organizationsByField: figures.organizationsByField.map((row) => Object.assign(new FieldCount(), row)),
    councils: figures.councils.map(({ personMembers, ...council }) =>
      Object.assign(new CouncilMembers(), { ...council, personMembers: count(personMembers) }),
    ),
    unaffiliatedResources: figures.unaffiliatedResources,
    resourceChanges: Object.assign(new ResourceChanges(), figures.resourceChanges),
    cases: toCaseFigures(figures.cases, exact),
    children: figures.children.map((child) => toAreaReport(viewer, child, exact)),
  });
}
