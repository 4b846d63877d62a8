/**
 * Saved views: kept by their owner, opened by link by anyone who may see the area, each id in them shown to each
 * reader as the policy allows, and refused where the policy refuses.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { standInId } from '../../server/auth/standIns.js';
import { run } from '../helpers/api.js';
import { testPolicyTown, type ViewerName } from '../policy/town.js';

const t = testPolicyTown();

const save = `mutation($id: ID, $input: SavedViewInput!) {
  saveView(id: $id, input: $input) { id name areaId owner mine position state { open show focus asOf filters { kinds showEnded } } }
}`;
const read = `query($id: ID!) { savedView(id: $id) { id name mine state { open show focus asOf filters { showEnded } } } }`;
const filters = {
  kinds: ['Person', 'Organization'],
  categories: ['family', 'informal', 'formal'],
  fields: [],
  showEnded: true,
};
const code = (answer: { errors?: { extensions?: Record<string, unknown> }[] }) => answer.errors?.[0]?.extensions?.code;

function input(show: string[], extra: Record<string, unknown> = {}) {
  return {
    name: '第2層協議体 2026年12月',
    areaId: t.id('A'),
    state: { open: [t.id('A3')], show, focus: null, filters, neutralLabels: true, asOf: '2025-04-01', ...extra },
  };
}

async function saveAs(viewer: ViewerName, show: string[], extra: Record<string, unknown> = {}) {
  const answer = await run(t.viewer(viewer), save, { input: input(show, extra) });
  expect(answer.errors).toBeUndefined();
  return answer.data!.saveView;
}

async function readAs(viewer: ViewerName, id: string) {
  return run(t.viewer(viewer), read, { id });
}

let coordinatorsView: { id: string };
beforeAll(async () => {
  coordinatorsView = await saveAs('coordA', [t.id('none'), t.id('pro'), t.id('com'), t.id('oA')], {
    focus: t.id('none'),
  });
});

describe('a saved view read back', () => {
  it('gives its owner what they saved', async () => {
    const answer = await readAs('coordA', coordinatorsView.id);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.savedView).toMatchObject({
      mine: true,
      state: { open: [t.id('A3')], focus: t.id('none'), asOf: '2025-04-01', filters: { showEnded: true } },
    });
    expect(answer.data!.savedView.state.show).toEqual([t.id('none'), t.id('pro'), t.id('com'), t.id('oA')]);
  });

  it("gives a council member of the area their own stand-ins, never the owner's real ids, at today's date", async () => {
    const answer = await readAs('councilA', coordinatorsView.id);
    expect(answer.errors).toBeUndefined();
    const { state, mine } = answer.data!.savedView;
    expect(mine).toBe(false);
    const councillor = t.viewer('councilA').username;
    expect(state.show).toEqual([
      standInId(councillor, t.id('none')),
      standInId(councillor, t.id('pro')),
      standInId(councillor, t.id('com')),
      t.id('oA'),
    ]);
    expect(state.focus).toBe(standInId(councillor, t.id('none')));
    expect(JSON.stringify(answer.data)).not.toContain(t.id('none'));
    expect(state.asOf).toBeNull();
    expect(state.filters.showEnded).toBe(false);
  });

  it('gives a planner no person at all', async () => {
    const answer = await readAs('planner', coordinatorsView.id);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.savedView.state).toMatchObject({ show: [t.id('oA')], focus: null });
  });

  it('is no view at all for who may not see its area', async () => {
    for (const viewer of ['coordB', 'councilB'] as const) {
      const answer = await readAs(viewer, coordinatorsView.id);
      expect(code(answer)).toBe('NOT_FOUND');
      expect(JSON.stringify(answer)).not.toContain('協議体');
    }
    expect(code(await run(undefined, read, { id: coordinatorsView.id }))).toBe('UNAUTHENTICATED');
  });
});

describe('ids given when saving', () => {
  it("keeps a council member's stand-in as the person, shown in detail to a coordinator", async () => {
    const councillor = t.viewer('councilA').username;
    const view = await saveAs('councilA', [standInId(councillor, t.id('pro'))]);
    expect(view.state.show).toEqual([standInId(councillor, t.id('pro'))]);
    const answer = await readAs('coordA', view.id);
    expect(answer.data!.savedView.state.show).toEqual([t.id('pro')]);
  });

  it('drops a guessed real id of someone the saver sees only as a stand-in, and the restricted person', async () => {
    const view = await saveAs('councilA', [t.id('none'), t.id('res'), 'no-such-id']);
    expect(view.state.show).toEqual([]);
    const answer = await readAs('admin', view.id);
    expect(answer.data!.savedView.state.show).toEqual([]);
  });

  it('shows a restricted person only to whom the policy shows them', async () => {
    const view = await saveAs('named', [t.id('res'), t.id('hres')], { focus: t.id('res') });
    expect(view.state.show).toEqual([t.id('res'), t.id('hres')]);
    const answer = await readAs('coordA', view.id);
    expect(answer.data!.savedView.state).toMatchObject({ show: [], focus: null });
    expect(JSON.stringify(answer.data)).not.toContain(t.id('res'));
  });
});

describe('changes', () => {
  it('are for the owner only; ADMIN may delete', async () => {
    const view = await saveAs('coordA', []);
    const change = await run(t.viewer('named'), save, { id: view.id, input: input([]) });
    expect(code(change)).toBe('FORBIDDEN');
    const remove = 'mutation($id: ID!) { deleteView(id: $id) }';
    expect(code(await run(t.viewer('councilA'), remove, { id: view.id }))).toBe('FORBIDDEN');
    expect(code(await run(t.viewer('coordB'), remove, { id: view.id }))).toBe('NOT_FOUND');
    expect((await run(t.viewer('admin'), remove, { id: view.id })).data).toEqual({ deleteView: true });
    expect(code(await readAs('coordA', view.id))).toBe('NOT_FOUND');
  });

  it('renames and reorders a view of ones own, and records the change in the audit log', async () => {
    const view = await saveAs('coordA', []);
    const answer = await run(t.viewer('coordA'), save, {
      id: view.id,
      input: { ...input([]), name: '見守りの輪', position: 7 },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.saveView).toMatchObject({ id: view.id, name: '見守りの輪', position: 7 });
    const [event] = await t.graph.read<{ changes: string }>(
      `MATCH (e:AuditEvent {entityId: $id, action: 'saveView'}) RETURN e.changes AS changes ORDER BY e.at DESC LIMIT 1`,
      { id: view.id },
    );
    expect(event.changes).toContain('見守りの輪');
  });

  it('refuse a view of an area outside the saver', async () => {
    const answer = await run(t.viewer('coordB'), save, { input: input([]) });
    expect(code(answer)).toBe('FORBIDDEN');
  });

  it('name what is wrong in the input', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...input([]), name: ' ' }, 'name'],
      [input([], { open: [t.id('B3')] }), 'state.open'],
      [input([], { asOf: '2025-13-01' }), 'state.asOf'],
      [input([], { filters: { ...filters, kinds: ['Dragon'] } }), 'state.filters.kinds'],
      [input([], { filters: { ...filters, fields: ['MAGIC'] } }), 'state.filters.fields'],
      [input(Array.from({ length: 501 }, (_, i) => `x${i}`)), 'state.show'],
    ];
    for (const [given, argument] of cases) {
      const answer = await run(t.viewer('coordA'), save, { input: given });
      expect(code(answer), argument).toBe('BAD_USER_INPUT');
      expect(answer.errors![0].extensions!.argument).toBe(argument);
    }
  });
});

describe('the list', () => {
  it("holds only the viewer's own views, in their order", async () => {
    const answer = await run(t.viewer('councilA'), `{ savedViews { id mine owner } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.savedViews.length).toBeGreaterThan(0);
    expect(answer.data!.savedViews.every((v: { mine: boolean }) => v.mine)).toBe(true);
    expect(answer.data!.savedViews.map((v: { id: string }) => v.id)).not.toContain(coordinatorsView.id);
  });
});
