/**
 * For each kind: the read that fills its form, and its create, update and delete, run through the Apollo client.
 * One table, so that the form, the delete confirmation and the map do not each pick documents by kind.
 */
import type { ApolloClient } from '@apollo/client';
import type { DocumentNode } from 'graphql';
import { type EntityKind, emptyValues, type FormValues, inputOf } from '../../models/entityForms';
import * as docs from './editing.graphql';

// the documents differ in their types by kind; this table is the one place that erases that
type AnyDocument = DocumentNode;

interface Operations {
  read: AnyDocument;
  create: AnyDocument;
  update: AnyDocument;
  remove: AnyDocument;
  /** The form's values from the read's answer. */
  values(data: Record<string, any>): FormValues & { memberCount?: number };
}

const ids = (list: { id: string }[] | null | undefined) => (list ?? []).map((item) => item.id);

export const operations: Record<EntityKind, Operations> = {
  Person: {
    read: docs.personToEditQuery,
    create: docs.createPersonMutation,
    update: docs.updatePersonMutation,
    remove: docs.deletePersonMutation,
    values: ({ person }) => ({
      ...emptyValues(person.area?.id ?? ''),
      ...{ id: person.id, name: person.name ?? '', nameKana: person.nameKana ?? '' },
      ...{ householdId: person.household?.id ?? '' },
      ...{ ageBand: person.ageBand ?? '', roles: person.roles, needs: person.needs, interests: person.interests },
      ...{ canOffer: person.canOffer, offerTime: person.offerTime ?? '' },
      ...{ consent: person.consent ?? 'NONE', restrictedFor: person.restrictedFor },
    }),
  },
  Household: {
    read: docs.householdToEditQuery,
    create: docs.createHouseholdMutation,
    update: docs.updateHouseholdMutation,
    remove: docs.deleteHouseholdMutation,
    values: ({ household }) => ({
      ...emptyValues(household.area?.id ?? ''),
      ...{ id: household.id, name: household.name, memberCount: household.memberCount },
    }),
  },
  Organization: {
    read: docs.organizationToEditQuery,
    create: docs.createOrganizationMutation,
    update: docs.updateOrganizationMutation,
    remove: docs.deleteOrganizationMutation,
    values: ({ organization }) => ({
      ...emptyValues(organization.area?.id ?? ''),
      ...{ id: organization.id, name: organization.name, kind: organization.kind ?? '' },
      ...{ fields: organization.fields, serves: ids(organization.serves) },
      ...{ since: organization.since ?? '', until: organization.until ?? '' },
    }),
  },
  Council: {
    read: docs.councilToEditQuery,
    create: docs.createCouncilMutation,
    update: docs.updateCouncilMutation,
    remove: docs.deleteCouncilMutation,
    values: ({ council }) => ({
      ...emptyValues(),
      ...{ id: council.id, name: council.name, kind: council.kind ?? '' },
      ...{ tier: council.tier ? String(council.tier) : '', covers: ids(council.covers) },
      ...{ since: council.since ?? '', until: council.until ?? '' },
    }),
  },
  Hub: {
    read: docs.hubToEditQuery,
    create: docs.createHubMutation,
    update: docs.updateHubMutation,
    remove: docs.deleteHubMutation,
    values: ({ hub }) => ({
      ...emptyValues(hub.area?.id ?? ''),
      ...{ id: hub.id, name: hub.name, kind: hub.kind ?? '', tags: hub.tags, audience: hub.audience },
      ...{ operator: hub.operator ?? '', openDays: hub.openDays, openHours: hub.openHours ?? '' },
      ...{ functions: hub.functions, consultationPoint: hub.consultationPoint, helpWanted: hub.helpWanted },
      ...{ since: hub.since ?? '', until: hub.until ?? '' },
    }),
  },
};

/** Loads what the form of an existing entity shows (from the server, not the cache: it may have changed). */
export async function loadValues(client: ApolloClient, kind: EntityKind, id: string) {
  const { data } = await client.query({ query: operations[kind].read, variables: { id }, fetchPolicy: 'network-only' });
  return operations[kind].values(data as Record<string, any>);
}

/** Saves the form: creates (a person's id inside the input, the others' as an argument) or updates. */
export async function saveValues(
  client: ApolloClient,
  kind: EntityKind,
  values: FormValues,
  mode: 'create' | 'update',
  mayRestrict: boolean,
): Promise<void> {
  const input = inputOf(kind, values, mayRestrict, mode === 'create');
  const id = values.id.trim();
  if (mode === 'update') {
    await client.mutate({ mutation: operations[kind].update, variables: { id, input } });
  } else if (kind === 'Person') {
    await client.mutate({ mutation: operations[kind].create, variables: { input: { ...input, id } } });
  } else {
    await client.mutate({ mutation: operations[kind].create, variables: { id, input } });
  }
}

export async function deleteEntity(client: ApolloClient, kind: EntityKind, id: string): Promise<void> {
  await client.mutate({ mutation: operations[kind].remove, variables: { id } });
}
