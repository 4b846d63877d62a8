/**
 * An area made through the API takes its place in the municipality's order: where `sortOrder` says, else after
 * its ordered siblings (not wherever its id falls); `updateArea` moves it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { adminViewer, run } from '../helpers/api.js';
import { removeByPrefix, testGraph, uniquePrefix } from '../helpers/graph.js';

const p = uniquePrefix();
afterAll(async () => removeByPrefix(await testGraph(), p));

const create = `mutation($input: AreaInput!) { createArea(input: $input) { id } }`;

async function make(id: string, tier: number, parentId: string | null, sortOrder?: number) {
  const answer = await run(adminViewer, create, {
    input: {
      id: p + id,
      name: id,
      tier,
      parentId: parentId && p + parentId,
      ...(sortOrder === undefined ? {} : { sortOrder }),
    },
  });
  expect(answer.errors).toBeUndefined();
}

async function childrenInOrder(): Promise<string[]> {
  const answer = await run<{ areas: { id: string; parent: { id: string } | null }[] }>(
    adminViewer,
    '{ areas(tier: 2) { id parent { id } } }',
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.areas.filter((area) => area.parent?.id === `${p}city`).map((area) => area.id.slice(p.length));
}

describe('the order of areas made through the API', () => {
  it('puts an area where its sortOrder says, else after its ordered siblings, and moves it on update', async () => {
    await make('city', 1, null);
    await make('zz-north', 2, 'city', 1);
    await make('aa-south', 2, 'city', 2);
    // made without an order, it joins the end, though its id would sort it first
    await make('a-new', 2, 'city');
    expect(await childrenInOrder()).toEqual(['zz-north', 'aa-south', 'a-new']);
    await make('m-first', 2, 'city', 0);
    expect(await childrenInOrder()).toEqual(['m-first', 'zz-north', 'aa-south', 'a-new']);
    const moved = await run(adminViewer, 'mutation($id: ID!) { updateArea(id: $id, input: {sortOrder: 1}) { id } }', {
      id: `${p}a-new`,
    });
    expect(moved.errors).toBeUndefined();
    // at one order with zz-north, the ids decide
    expect(await childrenInOrder()).toEqual(['m-first', 'a-new', 'zz-north', 'aa-south']);
  });

  it('refuses an order that is not a whole number ≥ 0, naming it', async () => {
    const answer = await run(adminViewer, create, {
      input: { id: `${p}bad`, name: 'bad', tier: 2, parentId: `${p}city`, sortOrder: -1 },
    });
    expect(answer.errors?.[0].message).toBe('sortOrder must be a whole number ≥ 0');
    expect(answer.errors?.[0].extensions?.argument).toBe('sortOrder');
  });
});
