/** People: reads through the disclosure step (and audited), and changes checked by the write policy and audited. */

import { auditedWrite } from '../audit/changes.js';
import { Disclosure } from '../auth/disclosure.js';
import { assertAreaAccess, assertMayRestrict, assertMayWrite, seesPeople, type Touched } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Graph } from '../graph/graph.js';
import { requireFreeId } from '../graph/lookup.js';
import { householdAccesses, visibleHousehold } from '../households/household.access.js';
import { BadInputError, ForbiddenError, NotFoundError } from '../shared/errors.js';
import { codes, optionalText, readReading, requireId, requireText, words } from '../shared/validate.js';
import { type Consent, consents, fields, type Role, readCode, roles } from '../vocabulary/codes.js';
import { skills } from '../vocabulary/resourceCodes.js';
import type { PersonInput, PersonUpdate } from './person.input.js';
import * as q from './person.queries.js';
import type { Person } from './person.type.js';
import type { PersonFactsRow } from './personFacts.js';

function readConsent(value: string | null | undefined): Consent {
  if (value === null || value === undefined || value === '') return 'NONE';
  const code = readCode(consents, value);
  if (!code) {
    throw new BadInputError(`consent "${value}" is not NONE, PROFESSIONALS, COMMUNITY or RESTRICTED`, 'consent');
  }
  return code;
}

function readRoles(values: readonly string[] | null | undefined): Role[] {
  const list = codes('roles', roles, values);
  return list.length ? list : ['RESIDENT'];
}

function usernames(values: readonly string[] | null | undefined): string[] {
  return [...new Set((values ?? []).map((value) => value.trim()).filter(Boolean))];
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
  if (viewer.role === 'PLANNER') throw new ForbiddenError('planners see aggregates, not lists of people');
  // a filter by need or role would tell the needs and roles of people the viewer may not see
  if (!seesPeople(viewer) && (filter.role || filter.need)) {
    throw new ForbiddenError('your role may not filter people by need or role');
  }
  const role = filter.role ? codes('role', roles, [filter.role])[0] : null;
  const need = filter.need ? codes('need', fields, [filter.need])[0] : null;
  const facts = await graph.read<PersonFactsRow>(q.listPeopleFacts, { areaId: filter.areaId, role, need });
  const disclosure = new Disclosure(viewer, 'people');
  // the viewer's own order: by the id they are shown (a stand-in sorted by the real id would place it among names)
  const visible = facts
    .map((row) => ({ row, access: disclosure.access(row.id, row) }))
    .flatMap(({ row, access }) => {
      const shownId = disclosure.idFor(row.id, access);
      return shownId === undefined ? [] : [{ id: row.id, access, shownId }];
    })
    .sort((a, b) => (a.shownId < b.shownId ? -1 : a.shownId > b.shownId ? 1 : 0))
    .slice(filter.offset, filter.offset + filter.limit);
  const rows = new Map(
    (await graph.read<q.PersonRow>(q.peopleByIds, { ids: visible.map((v) => v.id) })).map((r) => [r.id, r]),
  );
  const households = await householdAccesses(graph, viewer, [
    ...new Set([...rows.values()].flatMap((r) => (r.householdId ? [r.householdId] : []))),
  ]);
  const people = visible.map(({ id, access, shownId }) => {
    const row = rows.get(id)!;
    const full = { ...q.toPerson(row, households), access: q.accessLevel(access) };
    return disclosure.redact('Person', id, access, full, q.blankPerson(shownId, access));
  });
  await disclosure.record(graph);
  return people;
}

/** The person's row when the viewer may see their details; the same error whether they do not exist or may not be seen. */
async function detailedRow(graph: Graph, viewer: Viewer, id: string): Promise<q.PersonRow> {
  const [row] = await graph.read<q.PersonRow>(q.getPerson, { id });
  if (!row || new Disclosure(viewer, 'person').access(id, row) !== 'DETAILS') throw new NotFoundError('Person', id);
  return row;
}

export async function getPerson(graph: Graph, viewer: Viewer, id: string): Promise<Person> {
  const row = await detailedRow(graph, viewer, id);
  const disclosure = new Disclosure(viewer, 'person');
  disclosure.shown(id, 'DETAILS');
  await disclosure.record(graph);
  const households = await householdAccesses(graph, viewer, row.householdId ? [row.householdId] : []);
  return q.toPerson(row, households);
}

/** The record of a person as the audit log keeps it. */
function snapshot(row: q.PersonRow | undefined): Record<string, unknown> | null {
  if (!row) return null;
  const { areaPath: _path, ...rest } = row;
  return rest;
}

/** Checks an area to move to and a household to join, and says what they put the write in touch with. */
async function destinations(graph: Graph, viewer: Viewer, areaId: string | null, householdId: string | null) {
  const [found] = await graph.read<{ areaFound: boolean; householdFound: boolean; householdAreaId: string | null }>(
    q.placesOf,
    { areaId, householdId },
  );
  const touched: Touched[] = [];
  if (areaId) {
    if (!found.areaFound) throw new NotFoundError('Area', areaId);
    touched.push({ what: `the area "${areaId}"`, areas: [areaId] });
  }
  if (householdId) {
    // a household the viewer may not see in detail is, to them, no household
    if (!found.householdFound || !(await visibleHousehold(graph, viewer, householdId))) {
      throw new NotFoundError('Household', householdId);
    }
    touched.push({
      what: `the household "${householdId}"`,
      areas: found.householdAreaId ? [found.householdAreaId] : [],
    });
  }
  return touched;
}

export async function createPerson(graph: Graph, viewer: Viewer, input: PersonInput): Promise<Person> {
  const id = requireId('id', input.id);
  await requireFreeId(graph, id);
  const consent = readConsent(input.consent);
  const restrictedFor = usernames(input.restrictedFor);
  if (consent === 'RESTRICTED' || restrictedFor.length > 0) assertMayRestrict(viewer);
  assertMayWrite(
    viewer,
    await destinations(graph, viewer, requireId('areaId', input.areaId), input.householdId ?? null),
  );
  const properties = {
    id,
    name: requireText('name', input.name),
    nameKana: readReading(input.nameKana),
    areaId: input.areaId,
    householdId: input.householdId ?? null,
    ageBand: input.ageBand?.trim() || null,
    roles: readRoles(input.roles),
    needs: codes('needs', fields, input.needs),
    interests: words(input.interests),
    canOffer: codes('canOffer', skills, input.canOffer),
    offerTime: optionalText('offerTime', input.offerTime),
    consent,
  };
  await auditedWrite(
    graph,
    viewer,
    { action: 'createPerson', entity: 'Person', entityId: id, personIds: [id] },
    null,
    async (tx) => {
      await tx.run(q.createPerson, properties);
      if (restrictedFor.length)
        await tx.run('MATCH (p:Person {id: $id}) SET p.restrictedFor = $restrictedFor', { id, restrictedFor });
      return snapshot((await tx.run<q.PersonRow>(q.getPerson, { id }))[0]);
    },
  );
  return getPerson(graph, viewer, id);
}

export async function updatePerson(graph: Graph, viewer: Viewer, id: string, input: PersonUpdate): Promise<Person> {
  const before = await detailedRow(graph, viewer, id);
  const properties: Record<string, unknown> = {};
  if (input.name != null) properties.name = requireText('name', input.name);
  if (input.nameKana != null) properties.nameKana = readReading(input.nameKana);
  if (input.ageBand !== undefined) properties.ageBand = input.ageBand?.trim() || null;
  if (input.roles != null) properties.roles = readRoles(input.roles);
  if (input.needs != null) properties.needs = codes('needs', fields, input.needs);
  if (input.interests != null) properties.interests = words(input.interests);
  if (input.canOffer != null) properties.canOffer = codes('canOffer', skills, input.canOffer);
  if (input.offerTime !== undefined) properties.offerTime = optionalText('offerTime', input.offerTime);
  if (input.consent != null) properties.consent = readConsent(input.consent);
  if (input.restrictedFor != null) properties.restrictedFor = usernames(input.restrictedFor);
  const restricting =
    properties.consent !== undefined && (properties.consent === 'RESTRICTED') !== (before.consent === 'RESTRICTED');
  if (restricting || properties.restrictedFor !== undefined) assertMayRestrict(viewer);
  // "" leaves the household: the old membership is removed and no new one made
  const householdId = input.householdId === undefined || input.householdId === null ? null : input.householdId;
  const touched: Touched[] = [
    { what: `the person "${id}"`, areas: before.areaId ? [before.areaId] : [] },
    ...(await destinations(graph, viewer, input.areaId || null, householdId || null)),
  ];
  assertMayWrite(viewer, touched);
  await auditedWrite(
    graph,
    viewer,
    { action: 'updatePerson', entity: 'Person', entityId: id, personIds: [id] },
    snapshot(before),
    async (tx) => {
      await tx.run(q.updatePerson, { id, properties, areaId: input.areaId || null, householdId });
      return snapshot((await tx.run<q.PersonRow>(q.getPerson, { id }))[0]);
    },
  );
  return getPerson(graph, viewer, id);
}

export async function deletePerson(graph: Graph, viewer: Viewer, id: string): Promise<boolean> {
  const before = await detailedRow(graph, viewer, id);
  assertMayWrite(viewer, [{ what: `the person "${id}"`, areas: before.areaId ? [before.areaId] : [] }]);
  await auditedWrite(
    graph,
    viewer,
    { action: 'deletePerson', entity: 'Person', entityId: id, personIds: [id] },
    snapshot(before),
    async (tx) => {
      await tx.run(q.deletePerson, { id });
      return null;
    },
  );
  return true;
}
