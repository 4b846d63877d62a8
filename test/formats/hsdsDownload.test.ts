/**
 * The 生活便利帳 as HSDS over HTTP (`/api/directory/hsds`), as each role of the policy town: a zip of the tabular
 * package or the compiled services for the areas the role may open — valid HSDS, and no person in it, not even one
 * running a hub — and elsewhere a refusal recorded in the audit log, as the directory is refused.
 */
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../server/auth/users.service.js';
import { UserRole } from '../../server/auth/viewer.js';
import { schemaErrors } from '../../server/hsds/testing/validate.js';
import { testApp } from '../helpers/api.js';
import { loginOver, type Served, serve } from '../helpers/http.js';
import { testFixture } from '../helpers/town.js';
import { buildPolicyTown, type PolicyTown, people, type ViewerName, viewerNames } from '../policy/town.js';

const password = 'correct horse battery';
const fixture = testFixture(async (graph, prefix): Promise<PolicyTown> => {
  const town = await buildPolicyTown(graph, prefix);
  // a hub run by an organization and by a resident, who must not be named
  await graph.write(
    `MATCH (a3:Area {id: $a3}), (oA:Organization {id: $oA}), (com:Person {id: $com})
     CREATE (h:Hub {id: $hub, name: 'いこいの家', kind: '居場所', tags: ['囲碁']})-[:LOCATED_IN]->(a3)
     CREATE (oA)-[:RUNS {id: $r1}]->(h), (com)-[:RUNS {id: $r2}]->(h)`,
    {
      a3: town.id('A3'),
      oA: town.id('oA'),
      com: town.id('com'),
      hub: town.id('ikoi'),
      r1: town.id('runs-oA'),
      r2: town.id('runs-com'),
    },
  );
  return town;
});
const id = (short: string) => `${fixture.prefix}${short}`;
const roleOf: Record<ViewerName, UserRole> = {
  admin: UserRole.ADMIN,
  coordA: UserRole.COORDINATOR,
  coordB: UserRole.COORDINATOR,
  named: UserRole.COORDINATOR,
  planner: UserRole.PLANNER,
  councilA: UserRole.COUNCIL_MEMBER,
  councilB: UserRole.COUNCIL_MEMBER,
};
const inA: ViewerName[] = ['admin', 'coordA', 'named', 'planner', 'councilA'];

let served: Served;
const tokens = {} as Record<ViewerName, string>;

beforeAll(async () => {
  for (const name of viewerNames) {
    const areaIds = name === 'admin' ? [] : [id(name.endsWith('B') ? 'B' : 'A')];
    await addUser(fixture.graph, { username: `${fixture.prefix}${name}`, password, role: roleOf[name], areaIds });
  }
  served = await serve(await testApp());
  for (const name of viewerNames) tokens[name] = await loginOver(served, `${fixture.prefix}${name}`, password);
});
afterAll(async () => {
  await fixture.graph.write('MATCH (u:User) WHERE u.username STARTS WITH $p DETACH DELETE u', { p: fixture.prefix });
});

const download = (query: string, token?: string) =>
  fetch(`${served.base}/api/directory/hsds?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

function expectNoPerson(text: string) {
  for (const person of people) {
    expect(text.includes(fixture.value.name(person)), person).toBe(false);
    expect(text.includes(id(person)), person).toBe(false);
  }
  expect(text.includes('野口世帯')).toBe(false);
}

describe.each(viewerNames)('as %s', (viewer) => {
  it('downloads the package and the services of A, or is refused and the refusal recorded', async () => {
    const zip = await download(`areaId=${id('A')}&format=zip`, tokens[viewer]);
    const json = await download(`areaId=${id('A')}&format=json`, tokens[viewer]);
    if (!inA.includes(viewer)) {
      expect([zip.status, json.status]).toEqual([403, 403]);
      expect((await zip.json()).errors[0].extensions.code).toBe('FORBIDDEN');
      const refusals = await fixture.graph.read<{ action: string }>(
        `MATCH (e:AuditEvent {kind: 'REFUSAL', username: $u}) WHERE e.action STARTS WITH 'hsds:' RETURN e.action AS action`,
        { u: `${fixture.prefix}${viewer}` },
      );
      expect(refusals.map((r) => r.action).sort()).toEqual(['hsds:json', 'hsds:zip']);
      return;
    }
    expect(zip.status).toBe(200);
    expect(zip.headers.get('content-disposition')).toMatch(/^attachment; filename="hsds-.*\.zip"$/);
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    expect(Object.keys(files)).toContain('datapackage.json');
    expect(Object.keys(files)).toContain('service_at_location.csv');
    const text = Object.values(files)
      .map((bytes) => new TextDecoder().decode(bytes))
      .join('\n');
    expectNoPerson(text);
    expect(json.status).toBe(200);
    const services = (await json.json()) as { name: string; organization: { name: string } }[];
    for (const service of services) expect(schemaErrors('service', service)).toEqual([]);
    const ikoi = services.find((s) => s.name === 'いこいの家');
    expect(ikoi?.organization.name).toBe('A地域包括支援センター');
    expectNoPerson(JSON.stringify(services));
  });
});

it('asks for a login, a known format and a known area', async () => {
  expect((await download(`areaId=${id('A')}&format=zip`)).status).toBe(401);
  const badFormat = await download(`areaId=${id('A')}&format=xml`, tokens.admin);
  expect(badFormat.status).toBe(400);
  expect((await badFormat.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'format' });
  expect((await download(`areaId=${id('nowhere')}&format=json`, tokens.admin)).status).toBe(404);
});
