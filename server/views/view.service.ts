/**
 * Saved views: kept by their owner, opened by anyone given the link who may see the area's map. The ids a view
 * holds are stored real and shown to each reader as the policy allows (viewIds.ts); a reader who sees the network
 * only as it is today gets the view at today's date without ended ties.
 */
import { randomBytes } from 'node:crypto';
import { auditedWrite } from '../audit/changes.js';
import { Disclosure } from '../auth/disclosure.js';
import { assertAreaAccess, inScope, isAdmin, mayLookBack } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Graph } from '../graph/graph.js';
import { requireKind } from '../graph/lookup.js';
import { BadInputError, ForbiddenError, NotFoundError } from '../shared/errors.js';
import { codes, optionalDate, requireText } from '../shared/validate.js';
import { fields } from '../vocabulary/codes.js';
import * as q from './view.queries.js';
import type { MapViewStateInput, SavedView, SavedViewInput } from './view.type.js';
import { presentIds, resolveGivenIds } from './viewIds.js';

const shownKinds = ['Person', 'Household', 'Organization', 'Council', 'Hub'];
const shownCategories = ['family', 'informal', 'formal', 'household'];
/** More than any screen could show: a view is a state of the map, not a list of people. */
const maxIds = 500;

async function readRow(graph: Graph, id: string): Promise<q.ViewRow | undefined> {
  const [row] = await graph.read<q.ViewRow>(q.viewById, { id });
  return row;
}

/** The view, if the viewer may open it: its owner, or anyone who may see its area (the same answer as no view). */
async function openable(graph: Graph, viewer: Viewer, id: string): Promise<q.ViewRow> {
  const row = await readRow(graph, id);
  if (!row || (row.owner !== viewer.username && !inScope(viewer, row.areaId))) throw new NotFoundError('SavedView', id);
  return row;
}

/** The views as this viewer may see them; records in the audit log whose details and names their ids showed. */
async function present(graph: Graph, viewer: Viewer, rows: q.ViewRow[]): Promise<SavedView[]> {
  const disclosure = new Disclosure(viewer, 'savedView');
  const ids = rows.flatMap((row) => [...row.show, ...(row.focus ? [row.focus] : []), ...row.open]);
  const shown = await presentIds(graph, disclosure, ids);
  await disclosure.record(graph);
  const today = !mayLookBack(viewer);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    areaId: row.areaId,
    areaName: row.areaName ?? row.areaId,
    owner: row.owner,
    mine: row.owner === viewer.username,
    position: row.position,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    state: {
      open: row.open.flatMap((id) => (shown.has(id) && inScope(viewer, id) ? [id] : [])),
      show: row.show.flatMap((id) => (shown.has(id) ? [shown.get(id)!] : [])),
      focus: (row.focus && shown.get(row.focus)) ?? null,
      filters: {
        kinds: row.kinds,
        categories: row.categories,
        fields: row.fields,
        showEnded: today ? false : row.showEnded,
      },
      neutralLabels: row.neutralLabels,
      asOf: today ? null : row.asOf,
    },
  }));
}

export async function listViews(graph: Graph, viewer: Viewer, areaId: string | null): Promise<SavedView[]> {
  return present(
    graph,
    viewer,
    await graph.read<q.ViewRow>(q.viewsOf, { owner: viewer.username, areaId: areaId ?? null }),
  );
}

export async function getView(graph: Graph, viewer: Viewer, id: string): Promise<SavedView> {
  const [view] = await present(graph, viewer, [await openable(graph, viewer, id)]);
  return view;
}

function listOf(argument: string, values: readonly string[], allowed: readonly string[]): string[] {
  const wrong = values.filter((value) => !allowed.includes(value));
  if (wrong.length > 0)
    throw new BadInputError(`${argument}: ${wrong.join(', ')} — use ${allowed.join(', ')}`, argument);
  return [...new Set(values)];
}

function limited(argument: string, ids: readonly string[]): readonly string[] {
  if (ids.length > maxIds) throw new BadInputError(`${argument} holds more than ${maxIds} ids`, argument);
  return ids;
}

/** The properties stored for the state the viewer gave, its ids made real (those they may not see dropped). */
async function stateProperties(graph: Graph, viewer: Viewer, areaId: string, state: MapViewStateInput) {
  const open = limited('state.open', state.open);
  const show = limited('state.show', state.show);
  const [inside] = await graph.read<{ ids: string[] }>(q.areasInside, { areaId });
  const outside = open.filter((id) => !inside.ids.includes(id));
  if (outside.length > 0) {
    throw new BadInputError(`state.open: ${outside.join(', ')} is not an area inside "${areaId}"`, 'state.open');
  }
  const real = await resolveGivenIds(graph, viewer, areaId, [...show, ...(state.focus ? [state.focus] : [])]);
  return {
    open: [...new Set(open)],
    show: [...new Set(show.flatMap((id) => (real.has(id) ? [real.get(id)!] : [])))],
    focus: (state.focus && real.get(state.focus)) ?? null,
    kinds: listOf('state.filters.kinds', state.filters.kinds, shownKinds),
    categories: listOf('state.filters.categories', state.filters.categories, shownCategories),
    fields: codes('state.filters.fields', fields, state.filters.fields),
    showEnded: state.filters.showEnded,
    neutralLabels: state.neutralLabels,
    asOf: optionalDate('state.asOf', state.asOf),
  };
}

async function properties(graph: Graph, viewer: Viewer, input: SavedViewInput) {
  const name = requireText('name', input.name, 100);
  await requireKind(graph, input.areaId, ['Area'], 'areaId');
  assertAreaAccess(viewer, input.areaId);
  if (input.position != null && (!Number.isInteger(input.position) || input.position < 0)) {
    throw new BadInputError('position must be a whole number ≥ 0', 'position');
  }
  const state = await stateProperties(graph, viewer, input.areaId, input.state);
  return { name, areaId: input.areaId, ...state, ...(input.position == null ? {} : { position: input.position }) };
}

/** The stored view without its read-only columns, for the audit log's before → after. */
function snapshot(row: q.ViewRow | undefined): Record<string, unknown> | null {
  if (!row) return null;
  const { areaName: _areaName, createdAt: _createdAt, updatedAt: _updatedAt, ...stored } = row;
  return stored;
}

/** Creates a view (no id) or changes one of the viewer's own. */
export async function saveView(
  graph: Graph,
  viewer: Viewer,
  id: string | null,
  input: SavedViewInput,
): Promise<SavedView> {
  const before = id == null ? undefined : await openable(graph, viewer, id);
  if (before && before.owner !== viewer.username) throw new ForbiddenError('only its owner may change a saved view');
  const props = await properties(graph, viewer, input);
  const now = new Date().toISOString();
  const viewId = id ?? `view-${randomBytes(12).toString('base64url')}`;
  const record = { action: 'saveView', entity: 'SavedView', entityId: viewId };
  await auditedWrite(graph, viewer, record, snapshot(before), async (tx) => {
    if (before) {
      const [updated] = await tx.run<q.ViewRow>(q.updateView, { id: viewId, props, now });
      return snapshot(updated)!;
    }
    const [{ position }] = await tx.run<{ position: number }>(q.nextPosition, { owner: viewer.username });
    const [created] = await tx.run<q.ViewRow>(q.createView, {
      id: viewId,
      owner: viewer.username,
      now,
      props: { position, ...props },
    });
    return snapshot(created)!;
  });
  return getView(graph, viewer, viewId);
}

/** Deletes a view: its owner, or ADMIN. */
export async function deleteView(graph: Graph, viewer: Viewer, id: string): Promise<boolean> {
  const before = await openable(graph, viewer, id);
  if (before.owner !== viewer.username && !isAdmin(viewer)) {
    throw new ForbiddenError('only its owner may delete a saved view');
  }
  const record = { action: 'deleteView', entity: 'SavedView', entityId: id };
  await auditedWrite(graph, viewer, record, snapshot(before), async (tx) => {
    await tx.run(q.deleteView, { id });
    return null;
  });
  return true;
}
