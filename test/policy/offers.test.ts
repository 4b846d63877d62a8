/**
 * 担い手 (a person's canOffer and offerTime) is a personal detail, and a hub's shape is public like the hub: on the
 * policy town, each viewer reads a person's offers exactly where they see the person in detail (a planner sees no
 * person, a coordinator of another district a stand-in, a council member a name at most), every viewer who sees
 * the hub reads its shape, and only a coordinator of the area (or ADMIN) may write either.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../helpers/api.js';
import { expected, type Short, testPolicyTown, viewerNames } from './town.js';

const t = testPolicyTown();

beforeAll(async () => {
  await t.graph.write(
    `MATCH (p:Person) WHERE p.id IN $ids SET p.canOffer = ['COOKING', 'DRIVING'], p.offerTime = '平日の午前'
     WITH count(*) AS done
     MATCH (h:Hub {id: $hub}) SET h.helpWanted = ['COOKING'], h.openDays = ['TUE'], h.consultationPoint = true,
       h.operator = 'RESIDENT_LED', h.functions = ['PLACE'], h.openHours = '13時〜'`,
    { ids: ['none', 'pro', 'com', 'res'].map(t.id), hub: t.id('salon') },
  );
});

const list = `query($a: ID!) { people(areaId: $a) { id access canOffer offerTime } }`;
type Listed = { id: string; access: string; canOffer: string[]; offerTime: string | null };

describe('a person’s offers (担い手)', () => {
  const one = `query($id: ID!) { person(id: $id) { canOffer offerTime } }`;

  it.each(viewerNames)('are read by %s only of the people they see in detail', async (name) => {
    for (const short of ['none', 'pro', 'com', 'res'] as Short[]) {
      const answer = await run(t.viewer(name), one, { id: t.id(short) });
      if (expected[name][short] === 'DETAILS')
        expect(answer).toEqual({ data: { person: { canOffer: ['COOKING', 'DRIVING'], offerTime: '平日の午前' } } });
      else {
        expect(answer.data).toBeNull();
        expect(answer.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
      }
    }
  });

  it('are not in a list that shows a person by name or as a stand-in (a council member)', async () => {
    const answer = await run<{ people: Listed[] }>(t.viewer('councilA'), list, { a: t.id('A') });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.people.length).toBeGreaterThan(0);
    for (const person of answer.data!.people) expect(person).toMatchObject({ canOffer: [], offerTime: null });
  });

  it('are not listed for a planner, who sees no person', async () => {
    const answer = await run(t.viewer('planner'), list, { a: t.id('A') });
    expect(answer.data).toBeNull();
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  const update = `mutation($id: ID!) { updatePerson(id: $id, input: { canOffer: ["手芸"], offerTime: "土曜" }) { canOffer } }`;

  it.each(['planner', 'councilA', 'coordB'] as const)('may not be changed by %s', async (name) => {
    const answer = await run(t.viewer(name), update, { id: t.id('pro') });
    expect(answer.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    const [row] = await t.graph.read<{ offers: string[] }>('MATCH (p:Person {id: $id}) RETURN p.canOffer AS offers', {
      id: t.id('pro'),
    });
    expect(row.offers).toEqual(['COOKING', 'DRIVING']);
  });

  it('are changed by the coordinator of the area, and an unknown skill is refused naming canOffer', async () => {
    const bad = await run(t.viewer('coordA'), update.replace('手芸', '占い'), { id: t.id('none') });
    expect(bad.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'canOffer' });
    const good = await run(t.viewer('coordA'), update, { id: t.id('none') });
    expect(good).toEqual({ data: { updatePerson: { canOffer: ['CRAFTS'] } } });
  });
});

describe('a hub’s shape', () => {
  const hub = `query($id: ID!) { hub(id: $id) { operator openDays openHours functions consultationPoint helpWanted } }`;

  it.each(['admin', 'coordA', 'planner', 'councilA'] as const)('is read by %s, who sees the hub', async (name) => {
    const answer = await run(t.viewer(name), hub, { id: t.id('salon') });
    expect(answer).toEqual({
      data: {
        hub: {
          ...{ operator: 'RESIDENT_LED', openDays: ['TUE'], openHours: '13時〜', functions: ['PLACE'] },
          ...{ consultationPoint: true, helpWanted: ['COOKING'] },
        },
      },
    });
  });

  const change = `mutation($id: ID!, $input: HubInput!) { updateHub(id: $id, input: $input) { openDays operator helpWanted } }`;

  it.each(['planner', 'councilA', 'coordB'] as const)('may not be changed by %s', async (name) => {
    const answer = await run(t.viewer(name), change, { id: t.id('salon'), input: { openDays: ['水'] } });
    expect(answer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('is changed by the coordinator of the area; a bad code is refused naming its argument', async () => {
    for (const [argument, input] of [
      ['openDays', { openDays: ['八'] }],
      ['operator', { operator: '町営' }],
      ['functions', { functions: ['食事'] }],
      ['helpWanted', { helpWanted: ['占い'] }],
    ] as const) {
      const answer = await run(t.viewer('coordA'), change, { id: t.id('salon'), input });
      expect(answer.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument });
    }
    const good = await run(t.viewer('coordA'), change, {
      id: t.id('salon'),
      input: { openDays: ['金', 'MON'], operator: '委託', helpWanted: ['送迎'] },
    });
    expect(good).toEqual({
      data: { updateHub: { openDays: ['MON', 'FRI'], operator: 'CONTRACTED', helpWanted: ['DRIVING'] } },
    });
  });
});
