import { beforeAll, describe, expect, it } from 'vitest';
import { adminViewer, run } from '../../test/helpers/api.js';
import { testGraph } from '../../test/helpers/graph.js';
import { testPrefix } from '../../test/helpers/town.js';

const p = testPrefix();
const id = (name: string) => `${p}${name}`;

beforeAll(async () => {
  const area = `mutation($input: AreaInput!) { createArea(input: $input) { id } }`;
  await run(adminViewer, area, { input: { id: id('city'), name: '市', tier: 1 } });
  await run(adminViewer, area, { input: { id: id('east'), name: '東圏域', tier: 2, parentId: id('city') } });
  const household = `mutation($id: ID!, $input: HouseholdInput!) { createHousehold(id: $id, input: $input) { id } }`;
  for (const name of ['hh1', 'hh2'])
    await run(adminViewer, household, { id: id(name), input: { name: `${name}家`, areaId: id('east') } });
  const person = `mutation($input: PersonInput!) { createPerson(input: $input) { id } }`;
  for (const name of ['a', 'b'])
    await run(adminViewer, person, { input: { id: id(name), name, areaId: id('east'), householdId: id('hh1') } });
});

describe('the placed store', () => {
  it('lists households with their member counts', async () => {
    expect(
      await run(adminViewer, `query($a: ID!) { households(areaId: $a) { id name area { id } memberCount } }`, {
        a: id('east'),
      }),
    ).toEqual({
      data: {
        households: [
          { id: id('hh1'), name: 'hh1家', area: { id: id('east') }, memberCount: 2 },
          { id: id('hh2'), name: 'hh2家', area: { id: id('east') }, memberCount: 0 },
        ],
      },
    });
  });

  it('writes an organization, a council and a hub, each read back through its own row', async () => {
    const org = await run(
      adminViewer,
      `mutation($id: ID!, $a: ID!) { createOrganization(id: $id, input: {name: "包括", fields: ["高齢"], areaId: $a, serves: [$a]}) { id name kind fields area { id } serves { id } } }`,
      { id: id('org'), a: id('east') },
    );
    expect(org).toEqual({
      data: {
        createOrganization: {
          id: id('org'),
          name: '包括',
          kind: null,
          fields: ['ELDERLY'],
          area: { id: id('east') },
          serves: [{ id: id('east') }],
        },
      },
    });
    const council = await run(
      adminViewer,
      `mutation($id: ID!, $a: ID!) { createCouncil(id: $id, input: {name: "協議体", tier: 2, covers: [$a]}) { id name kind tier covers { id } } }`,
      { id: id('council'), a: id('east') },
    );
    expect(council).toEqual({
      data: { createCouncil: { id: id('council'), name: '協議体', kind: null, tier: 2, covers: [{ id: id('east') }] } },
    });
    const hub = await run(
      adminViewer,
      `mutation($id: ID!, $a: ID!) { createHub(id: $id, input: {name: "サロン", kind: "サロン", tags: ["体操", "体操"], areaId: $a}) { id name kind tags area { id } } }`,
      { id: id('hub'), a: id('east') },
    );
    expect(hub).toEqual({
      data: { createHub: { id: id('hub'), name: 'サロン', kind: 'サロン', tags: ['体操'], area: { id: id('east') } } },
    });
  });

  it('records an update as the change of the properties it made', async () => {
    await run(adminViewer, `mutation($id: ID!) { updateHub(id: $id, input: {name: "新サロン"}) { id } }`, {
      id: id('hub'),
    });
    const graph = await testGraph();
    const [event] = await graph.read<{ changes: string }>(
      "MATCH (e:AuditEvent {kind: 'CHANGE', action: 'updateHub', entityId: $id}) RETURN e.changes AS changes",
      { id: id('hub') },
    );
    expect(JSON.parse(event.changes)).toEqual([{ field: 'name', before: 'サロン', after: '新サロン' }]);
  });

  it('answers an id that is taken, whatever holds it, with one CONFLICT naming the argument', async () => {
    const answer = await run(
      adminViewer,
      `mutation($id: ID!, $a: ID!) { createHub(id: $id, input: {name: "x", areaId: $a}) { id } }`,
      { id: id('a'), a: id('east') },
    );
    expect(answer).toEqual({
      data: null,
      errors: [
        expect.objectContaining({
          message: `the id "${id('a')}" is taken already; choose another`,
          extensions: { code: 'CONFLICT', argument: 'id' },
        }),
      ],
    });
  });
});
