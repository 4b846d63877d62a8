/**
 * The codes an area carries from outside, through the API and in a town bundle: a municipality's 全国地方公共団体コード
 * (its check digit checked) and the 町字ID of smaller areas, each held by one area, refused where they do not belong.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { UserRole } from '../../server/auth/viewer.js';
import { importBundle } from '../../server/bundles/import.js';
import { csv, writeBundleFolder } from '../../server/bundles/testBundles.js';
import { BundleInvalidError } from '../../server/shared/errors.js';
import { adminViewer, run, viewerOf } from '../helpers/api.js';
import { removeByPrefix, testGraph, uniquePrefix } from '../helpers/graph.js';

const p = uniquePrefix();
afterAll(async () => removeByPrefix(await testGraph(), p));

const create = 'mutation($input: AreaInput!) { createArea(input: $input) { id code machiazaIds } }';
const update = 'mutation($id: ID!, $input: AreaUpdate!) { updateArea(id: $id, input: $input) { id code machiazaIds } }';

describe('area codes through the API', () => {
  it('keeps a municipality’s code and a smaller area’s 町字, and shows them', async () => {
    const city = await run(adminViewer, create, { input: { id: `${p}city`, name: '市', tier: 1, code: '131016' } });
    expect(city.errors).toBeUndefined();
    expect(city.data!.createArea).toEqual({ id: `${p}city`, code: '131016', machiazaIds: [] });
    const district = await run(adminViewer, create, {
      input: { id: `${p}d`, name: '中学校区', tier: 2, parentId: `${p}city`, machiazaIds: ['0001001', '0001002'] },
    });
    expect(district.errors).toBeUndefined();
    expect(district.data!.createArea.machiazaIds).toEqual(['0001001', '0001002']);
  });

  it.each([
    [{ code: '131017' }, 'code', 'check digit 7'],
    [{ code: '13101' }, 'code', '(131016)'],
    [{ machiazaIds: ['12'] }, 'machiazaIds', 'seven digits'],
    [{ machiazaIds: ['0009001'] }, 'machiazaIds', 'a municipality is named by its code'],
  ])('refuses %j on the municipality, naming %s', async (input, argument, says) => {
    const answer = await run(adminViewer, update, { id: `${p}city`, input });
    expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0].extensions?.argument).toBe(argument);
    expect(answer.errors?.[0].message).toContain(says);
  });

  it('refuses a code on a smaller area, and a 町字 another area holds', async () => {
    const code = await run(adminViewer, update, { id: `${p}d`, input: { code: '131016' } });
    expect(code.errors?.[0].message).toContain('a tier-2 area has no 全国地方公共団体コード');
    const taken = await run(adminViewer, create, {
      input: { id: `${p}e`, name: '別の中学校区', tier: 2, parentId: `${p}city`, machiazaIds: ['0001002'] },
    });
    expect(taken.errors?.[0].message).toContain(`the 町字 0001002 is the area "${p}d"'s already`);
  });

  it.each([UserRole.PLANNER, UserRole.COUNCIL_MEMBER])('refuses a change of codes to a %s', async (role) => {
    const answer = await run(viewerOf(role, [`${p}city`]), update, { id: `${p}d`, input: { machiazaIds: [] } });
    expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('area codes in a town bundle', () => {
  it('locates a bad check digit, a code below tier 1 and a 町字 given twice, and writes nothing', async () => {
    const folder = writeBundleFolder({
      'areas.csv': csv(
        'id,name,tier,parent_id,code,machiaza_ids',
        `${p}b-city,市,1,,131017,`,
        `${p}b-d,中学校区,2,${p}b-city,141003,0002001`,
        `${p}b-e,別の中学校区,2,${p}b-city,,0002001;0002002`,
      ),
    });
    const error = await importBundle(await testGraph(), folder).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(BundleInvalidError);
    const problems = (error as BundleInvalidError).problems.map((q) => `${q.line}:${q.columnName} ${q.message}`);
    expect(problems).toEqual([
      'line 2:code "131017" has the check digit 7, but 13101 has 6 (131016)'.replace('line ', ''),
      '3:code a tier-2 area has no 全国地方公共団体コード (the municipality, tier 1, has it); give its 町字 in machiaza_ids',
      `4:machiaza_ids the 町字 0002001 is the area "${p}b-d"'s already`,
    ]);
    const [row] = await (await testGraph()).read<{ n: number }>(
      'MATCH (a:Area) WHERE a.id STARTS WITH $p RETURN count(a) AS n',
      { p: `${p}b-` },
    );
    expect(row.n).toBe(0);
  });
});
