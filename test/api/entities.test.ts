import { beforeAll, describe, expect, it } from 'vitest';
import { UserRole } from '../../server/auth/viewer.js';
import { adminViewer, run, viewerOf } from '../helpers/api.js';
import { testGraph } from '../helpers/graph.js';
import { testPrefix } from '../helpers/town.js';

const p = testPrefix();
const id = (name: string) => `${p}${name}`;

const createArea = `mutation($input: AreaInput!) { createArea(input: $input) { id name tier parent { id } } }`;

beforeAll(async () => {
  await run(adminViewer, createArea, { input: { id: id('city'), name: 'テスト市', tier: 1, population: 1000 } });
  await run(adminViewer, createArea, { input: { id: id('east'), name: '東圏域', tier: 2, parentId: id('city') } });
  await run(adminViewer, createArea, { input: { id: id('hill'), name: '丘地区', tier: 3, parentId: id('east') } });
  await run(adminViewer, createArea, { input: { id: id('west'), name: '西圏域', tier: 2, parentId: id('city') } });
  await run(adminViewer, createArea, { input: { id: id('vale'), name: '谷地区', tier: 3, parentId: id('west') } });
});

describe('areas', () => {
  it('lists the tiers with their parents', async () => {
    const answer = await run(adminViewer, `{ areas(tier: 3) { id tier parent { id } } }`);
    expect(answer.errors).toBeUndefined();
    const mine = answer.data!.areas.filter((a: { id: string }) => a.id.startsWith(p));
    expect(mine).toEqual([
      { id: id('hill'), tier: 3, parent: { id: id('east') } },
      { id: id('vale'), tier: 3, parent: { id: id('west') } },
    ]);
  });

  it('refuses a tier-3 area placed directly in a municipality', async () => {
    const answer = await run(adminViewer, createArea, {
      input: { id: id('bad'), name: '誤り', tier: 3, parentId: id('city') },
    });
    expect(answer.data).toBeNull();
    expect(answer.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(answer.errors![0].message).toContain('is tier 1');
  });

  it('refuses to delete an area that still holds others', async () => {
    const answer = await run(adminViewer, `mutation($id: ID!) { deleteArea(id: $id) }`, { id: id('east') });
    expect(answer.errors![0].extensions!.code).toBe('CONFLICT');
  });
});

describe('people, places and ties', () => {
  beforeAll(async () => {
    const person = `mutation($input: PersonInput!) { createPerson(input: $input) { id } }`;
    const household = `mutation($id: ID!, $input: HouseholdInput!) { createHousehold(id: $id, input: $input) { id } }`;
    const org = `mutation($id: ID!, $input: OrganizationInput!) { createOrganization(id: $id, input: $input) { id } }`;
    expect(
      (await run(adminViewer, household, { id: id('hh'), input: { name: '山田家', areaId: id('hill') } })).errors,
    ).toBeUndefined();
    for (const input of [
      {
        id: id('hana'),
        name: '山田 花子',
        areaId: id('hill'),
        householdId: id('hh'),
        ageBand: '80代',
        needs: ['高齢'],
        consent: 'COMMUNITY',
      },
      {
        id: id('jiro'),
        name: '山田 次郎',
        areaId: id('hill'),
        householdId: id('hh'),
        ageBand: '50代',
        needs: ['EMPLOYMENT'],
      },
      { id: id('kazu'), name: '佐藤 一', areaId: id('hill'), roles: ['民生委員'] },
      { id: id('mina'), name: '西 美奈', areaId: id('vale') },
    ]) {
      expect((await run(adminViewer, person, { input })).errors).toBeUndefined();
    }
    expect(
      (
        await run(adminViewer, org, {
          id: id('hokatsu'),
          input: {
            name: '東包括',
            kind: '地域包括支援センター',
            fields: ['ELDERLY'],
            areaId: id('east'),
            serves: [id('east')],
          },
        })
      ).errors,
    ).toBeUndefined();
  });

  it('reads a person with codes turned from Japanese labels', async () => {
    const answer = await run(
      adminViewer,
      `query($id: ID!) { person(id: $id) { id name roles needs consent access household { id } area { id } } }`,
      { id: id('kazu') },
    );
    expect(answer).toEqual({
      data: {
        person: {
          id: id('kazu'),
          name: '佐藤 一',
          roles: ['MINSEI_IIN'],
          needs: [],
          consent: 'NONE',
          access: 'DETAILS',
          household: null,
          area: { id: id('hill') },
        },
      },
    });
  });

  it('creates a watch tie and refuses one whose ends do not fit its type', async () => {
    const tie = `mutation($input: TieInput!) { createTie(input: $input) { type sourceId targetId category strength active } }`;
    expect(
      await run(adminViewer, tie, {
        input: { sourceId: id('kazu'), targetId: id('hana'), type: '見守り', since: '2024-04-01' },
      }),
    ).toEqual({
      data: {
        createTie: {
          type: 'WATCHES_OVER',
          sourceId: id('kazu'),
          targetId: id('hana'),
          category: 'formal',
          strength: 'NORMAL',
          active: true,
        },
      },
    });
    const wrong = await run(adminViewer, tie, {
      input: { sourceId: id('hokatsu'), targetId: id('kazu'), type: 'FRIEND' },
    });
    expect(wrong.errors![0].message).toBe('a FRIEND tie goes from Person to Person, not from Organization to Person');
    const twice = await run(adminViewer, tie, {
      input: { sourceId: id('kazu'), targetId: id('hana'), type: 'WATCHES_OVER', since: '2024-04-01' },
    });
    expect(twice.errors![0].extensions!.code).toBe('CONFLICT');
  });

  it("keeps a person's reading in kana, removes it when blank, and refuses one in kanji naming the field", async () => {
    const update = `mutation($id: ID!, $input: PersonUpdate!) { updatePerson(id: $id, input: $input) { nameKana } }`;
    expect(await run(adminViewer, update, { id: id('hana'), input: { nameKana: 'ﾔﾏﾀﾞ ﾊﾅｺ' } })).toEqual({
      data: { updatePerson: { nameKana: 'ヤマダ ハナコ' } },
    });
    const kanji = await run(adminViewer, update, { id: id('hana'), input: { nameKana: '山田' } });
    expect(kanji.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'nameKana' });
    expect(await run(adminViewer, update, { id: id('hana'), input: { nameKana: '' } })).toEqual({
      data: { updatePerson: { nameKana: null } },
    });
  });

  it('records a symmetric tie once per pair: the same friendship read from the other end is refused', async () => {
    const tie = `mutation($input: TieInput!) { createTie(input: $input) { id type } }`;
    const first = await run(adminViewer, tie, {
      input: { sourceId: id('kazu'), targetId: id('hana'), type: 'FRIEND', since: '2023-01-01' },
    });
    expect(first.errors).toBeUndefined();
    const reversed = await run(adminViewer, tie, {
      input: { sourceId: id('hana'), targetId: id('kazu'), type: '友人', since: '2023-01-01' },
    });
    expect(reversed.errors![0].extensions!.code).toBe('CONFLICT');
    // a watch has a direction: the other way round is another tie
    const watch = await run(adminViewer, tie, {
      input: { sourceId: id('hana'), targetId: id('kazu'), type: 'WATCHES_OVER', since: '2024-04-01' },
    });
    expect(watch.errors).toBeUndefined();
  });

  it('refuses a date that is not a date and an unknown id', async () => {
    const tie = `mutation($input: TieInput!) { createTie(input: $input) { id } }`;
    const date = await run(adminViewer, tie, {
      input: { sourceId: id('hokatsu'), targetId: id('hh'), type: 'SUPPORTS', since: '2024-02-30' },
    });
    expect(date.errors![0].message).toBe('since "2024-02-30" is not a date written YYYY-MM-DD');
    const unknown = await run(adminViewer, tie, {
      input: { sourceId: id('nobody'), targetId: id('hh'), type: 'SUPPORTS' },
    });
    expect(unknown.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('draws the network with areas nesting and household membership', async () => {
    await run(adminViewer, `mutation($input: TieInput!) { createTie(input: $input) { id } }`, {
      input: { sourceId: id('hokatsu'), targetId: id('hh'), type: 'SUPPORTS' },
    });
    const answer = await run(
      adminViewer,
      `query($id: ID!) { network(areaId: $id) { nodes { id kind label parentId } edges { source target type category } } }`,
      { id: id('east') },
    );
    expect(answer.errors).toBeUndefined();
    const { nodes, edges } = answer.data!.network;
    expect(nodes).toEqual(
      expect.arrayContaining([
        { id: id('east'), kind: 'Area', label: '東圏域', parentId: null },
        { id: id('hill'), kind: 'Area', label: '丘地区', parentId: id('east') },
        { id: id('hana'), kind: 'Person', label: '山田 花子', parentId: id('hill') },
        { id: id('hokatsu'), kind: 'Organization', label: '東包括', parentId: id('east') },
      ]),
    );
    expect(nodes.find((n: { id: string }) => n.id === id('mina'))).toBeUndefined();
    expect(edges).toEqual(
      expect.arrayContaining([
        { source: id('hana'), target: id('hh'), type: 'MEMBER_OF', category: 'household' },
        { source: id('hokatsu'), target: id('hh'), type: 'SUPPORTS', category: 'formal' },
        { source: id('kazu'), target: id('hana'), type: 'WATCHES_OVER', category: 'formal' },
      ]),
    );
  });

  it('centres an ecomap on the person with the household around them', async () => {
    const answer = await run(
      adminViewer,
      `query($id: ID!) { ecomap(personId: $id) { nodes { id kind parentId } edges { source target type } } }`,
      { id: id('jiro') },
    );
    expect(answer.errors).toBeUndefined();
    const { nodes } = answer.data!.ecomap;
    expect(nodes).toEqual(
      expect.arrayContaining([
        { id: id('jiro'), kind: 'Person', parentId: id('hh') },
        { id: id('hana'), kind: 'Person', parentId: id('hh') },
        { id: id('hh'), kind: 'Household', parentId: null },
        { id: id('hokatsu'), kind: 'Organization', parentId: null },
      ]),
    );
  });
});

describe('access', () => {
  it('answers nothing without a token', async () => {
    const answer = await run(undefined, `{ areas { id } }`);
    expect(answer).toEqual({
      data: null,
      errors: [
        expect.objectContaining({
          message: 'log in first: this needs a valid bearer token',
          extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }),
        }),
      ],
    });
  });

  it('answers a coordinator of another district asking for a person without consent as for an unknown id', async () => {
    const coordinator = viewerOf(UserRole.COORDINATOR, [id('west'), id('vale')], [id('city')]);
    const answer = await run(coordinator, `query($id: ID!) { person(id: $id) { name needs } }`, { id: id('jiro') });
    expect(answer.data).toBeNull();
    expect(answer.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('refuses a coordinator the map of an area outside theirs', async () => {
    const coordinator = viewerOf(UserRole.COORDINATOR, [id('west'), id('vale')], [id('city')]);
    const answer = await run(coordinator, `query($id: ID!) { network(areaId: $id) { nodes { id } } }`, {
      id: id('east'),
    });
    expect(answer.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('shows a council member only people with COMMUNITY consent by name', async () => {
    const member = viewerOf(UserRole.COUNCIL_MEMBER, [id('east'), id('hill')], [id('city')]);
    const answer = await run(
      member,
      `query($id: ID!) { network(areaId: $id) { nodes { id kind label anonymous fields } } }`,
      { id: id('east') },
    );
    const people = answer.data!.network.nodes.filter((n: { kind: string }) => n.kind === 'Person');
    expect(people).toHaveLength(3);
    const named = people.find((n: { label: string }) => n.label === '山田 花子');
    // the name, and nothing else: not even the real id
    expect(named).toMatchObject({ kind: 'Person', anonymous: false, fields: [] });
    expect(named.id).toMatch(/^anon-/);
    expect(JSON.stringify(answer)).not.toContain(`"${id('hana')}"`);
    const hidden = people.filter((n: { anonymous: boolean }) => n.anonymous);
    expect(hidden).toHaveLength(2);
    for (const node of hidden) {
      expect(node.label).toBe('住民');
      expect(node.id).toMatch(/^anon-/);
    }
    expect(JSON.stringify(answer)).not.toContain('次郎');
  });

  it('records who read a person in the audit log', async () => {
    await run(adminViewer, `query($id: ID!) { person(id: $id) { id } }`, { id: id('mina') });
    const graph = await testGraph();
    const rows = await graph.read<{ count: number }>(
      `MATCH (e:AuditEvent {username: 'test-admin', action: 'person'}) WHERE $id IN e.personIds RETURN count(e) AS count`,
      { id: id('mina') },
    );
    expect(rows[0].count).toBeGreaterThan(0);
  });
});
