/** People: reads filtered through the policy (and audited), and validated changes. */
import { assertAreaAccess, assertPersonDetails, audit, personAccess } from '../auth/policy.js';
import { UserRole, type Viewer } from '../auth/viewer.js';
import type { Graph } from '../graph/graph.js';
import { requireFreeId, requireKind } from '../graph/lookup.js';
import { ForbiddenError, NotFoundError } from '../shared/errors.js';
import { codes, requireId, requireText, words } from '../shared/validate.js';
import { type Consent, type Role, consents, fields, readCode, roles } from '../vocabulary/codes.js';
import { BadInputError } from '../shared/errors.js';
import type { PersonInput, PersonUpdate } from './person.input.js';
import * as q from './person.queries.js';
import type { Person } from './person.type.js';

function readConsent(value: string | null | undefined): Consent {
  if (value === null || value === undefined || value === '') return 'NONE';
  const code = readCode(consents, value);
  if (!code) throw new BadInputError(`consent "${value}" is not NONE, PROFESSIONALS or COMMUNITY`, { field: 'consent' });
  return code;
}

function readRoles(values: readonly string[] | null | undefined): Role[] {
  const list = codes('roles', roles, values);
  return list.length ? list : ['RESIDENT'];
}

export interface PeopleFilter {
  areaId: string;
  role?: string | null;
  need?: string | null;
  offset: number;
  limit: number;
}

export async function listPeople(graph: Graph, viewer: Viewer, filter: PeopleFilter): Promise<Person[]> {
  assertAreaAccess(viewer, filter.areaId);
  if (viewer.role === UserRole.PLANNER) throw new ForbiddenError('planners see aggregates, not lists of people');
  const role = filter.role ? codes('role', roles, [filter.role])[0] : null;
  const need = filter.need ? codes('need', fields, [filter.need])[0] : null;
  const rows = await graph.read<q.PersonRow>(q.listPeople, { ...filter, role, need });
  const people = rows.map((row) => q.toPerson(row, personAccess(viewer, row)));
  await audit(graph, viewer, 'people', people.filter((p) => p.access === 'DETAILS').map((p) => p.id));
  return people;
}

export async function getPerson(graph: Graph, viewer: Viewer, id: string): Promise<Person> {
  const [row] = await graph.read<q.PersonRow>(q.getPerson, { id });
  if (!row) throw new NotFoundError('Person', id);
  assertPersonDetails(viewer, row, id);
  await audit(graph, viewer, 'person', [id]);
  return q.toPerson(row, 'DETAILS');
}

export async function createPerson(graph: Graph, viewer: Viewer, input: PersonInput): Promise<Person> {
  const id = requireId('id', input.id);
  await requireFreeId(graph, id);
  await requireKind(graph, input.areaId, ['Area'], 'areaId');
  assertAreaAccess(viewer, input.areaId);
  if (input.householdId) await requireKind(graph, input.householdId, ['Household'], 'householdId');
  await graph.write(q.createPerson, {
    id,
    name: requireText('name', input.name),
    areaId: input.areaId,
    householdId: input.householdId ?? null,
    ageBand: input.ageBand?.trim() || null,
    roles: readRoles(input.roles),
    needs: codes('needs', fields, input.needs),
    interests: words(input.interests),
    consent: readConsent(input.consent),
  });
  return getPerson(graph, viewer, id);
}

export async function updatePerson(graph: Graph, viewer: Viewer, id: string, input: PersonUpdate): Promise<Person> {
  await getPerson(graph, viewer, id);
  const properties: Record<string, unknown> = {};
  if (input.name != null) properties.name = requireText('name', input.name);
  if (input.ageBand !== undefined) properties.ageBand = input.ageBand?.trim() || null;
  if (input.roles != null) properties.roles = readRoles(input.roles);
  if (input.needs != null) properties.needs = codes('needs', fields, input.needs);
  if (input.interests != null) properties.interests = words(input.interests);
  if (input.consent != null) properties.consent = readConsent(input.consent);
  if (input.areaId) {
    await requireKind(graph, input.areaId, ['Area'], 'areaId');
    assertAreaAccess(viewer, input.areaId);
  }
  if (input.householdId) await requireKind(graph, input.householdId, ['Household'], 'householdId');
  await graph.write(q.updatePerson, {
    id,
    properties,
    areaId: input.areaId || null,
    // "" leaves the household: the old membership is removed and no new one made
    householdId: input.householdId === undefined || input.householdId === null ? null : input.householdId,
  });
  return getPerson(graph, viewer, id);
}

export async function deletePerson(graph: Graph, viewer: Viewer, id: string): Promise<boolean> {
  await getPerson(graph, viewer, id);
  await graph.write(q.deletePerson, { id });
  return true;
}
