/**
 * GraphML and GEXF files of an area's network (server/network/formats/), fetched over HTTP as each role and opened
 * with networkx (Python, an independent parser): the same nodes, edges and attributes as the `network` answer for
 * the same viewer, the tiers nested, ended ties as spells for Gephi's timeline, and no more than the map discloses —
 * no stand-in's name or real id, no restricted person or household, no tie's note — each export audited.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../server/auth/users.service.js';
import { UserRole } from '../../server/auth/viewer.js';
import { testApp } from '../helpers/api.js';
import { loginOver, type Served, serve } from '../helpers/http.js';
import { testFixture } from '../helpers/town.js';
import { buildPolicyTown, expected, type PolicyTown, people, type ViewerName, viewerNames } from '../policy/town.js';

const reader = path.join(path.dirname(fileURLToPath(import.meta.url)), 'readGraphFile.py');
const formats = ['graphml', 'gexf'] as const;
const password = 'correct horse battery';
/** A tie that ended: on the map (and in the files) only with ended ties, and then with its dates for ADMIN. */
const ended = { since: '2019-04-01', until: '2023-04-01' };

const fixture = testFixture(async (graph, prefix): Promise<PolicyTown> => {
  const town = await buildPolicyTown(graph, prefix);
  await graph.write(
    `MATCH (a:Person {id: $a}), (b:Person {id: $b})
     CREATE (a)-[:FRIEND {id: $id, since: $since, until: $until, strength: 'WEAK'}]->(b)`,
    { a: town.id('none'), b: town.id('com'), id: `${prefix}tie-ended`, ...ended },
  );
  return town;
});
const t = {
  id: (short: string) => `${fixture.prefix}${short}`,
  town: () => fixture.value,
};

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
let folder: string;

beforeAll(async () => {
  const graph = fixture.graph;
  // real users named as the policy town's viewers: the same usernames give the same stand-ins and restrictedFor
  for (const name of viewerNames) {
    const areaIds = name === 'admin' ? [] : [t.id(name.endsWith('B') ? 'B' : 'A')];
    await addUser(graph, { username: `${fixture.prefix}${name}`, password, role: roleOf[name], areaIds });
  }
  served = await serve(await testApp());
  for (const name of viewerNames) tokens[name] = await loginOver(served, `${fixture.prefix}${name}`, password);
  folder = mkdtempSync(path.join(tmpdir(), 'tsunagari-graph-files-'));
});

afterAll(async () => {
  await fixture.graph.write('MATCH (u:User) WHERE u.username STARTS WITH $p DETACH DELETE u', { p: fixture.prefix });
  if (folder) rmSync(folder, { recursive: true, force: true });
});

interface Node {
  id: string;
  kind: string;
  label: string;
  parentId: string | null;
  tier: number | null;
  subKind: string | null;
  roles: string[];
  fields: string[];
  tags: string[];
  ageBand: string | null;
  anonymous: boolean;
  external: boolean;
}
interface Edge {
  id: string;
  source: string;
  target: string;
  type: string;
  category: string;
  strength: string;
  since: string | null;
  until: string | null;
  active: boolean;
}
interface Read {
  directed: boolean;
  nodes: Record<string, Record<string, unknown>>;
  edges: { id: string; source: string; target: string; data: Record<string, unknown> }[];
  parents: Record<string, string | null>;
  graph: Record<string, unknown>;
}

async function networkOf(viewer: ViewerName, includeEnded: boolean): Promise<{ nodes: Node[]; edges: Edge[] }> {
  const { body } = await served.post(
    {
      query: `query($a: ID!, $e: Boolean!) { network(areaId: $a, includeEnded: $e) {
        nodes { id kind label parentId tier subKind roles fields tags ageBand anonymous external }
        edges { id source target type category strength since until active } } }`,
      variables: { a: t.id('A'), e: includeEnded },
    },
    tokens[viewer],
  );
  expect(body.errors).toBeUndefined();
  return body.data.network;
}

async function download(viewer: ViewerName, format: string, query: Record<string, string> = {}) {
  const search = new URLSearchParams({ areaId: t.id('A'), format, ...query });
  const response = await fetch(`${served.base}/api/network/file?${search}`, {
    headers: tokens[viewer] ? { authorization: `Bearer ${tokens[viewer]}` } : {},
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** The file opened by networkx. */
function readWithNetworkx(format: string, text: string): Read {
  const file = path.join(folder, `${Math.random().toString(36).slice(2)}.${format}`);
  writeFileSync(file, text);
  return JSON.parse(execFileSync('python3', [reader, format, file], { encoding: 'utf8' }));
}

/** What a file should say of a node: its fields as the map has them, lists joined by `;`, nothing for none. */
function expectedNodeData(node: Node, format: string): Record<string, unknown> {
  const data: Record<string, unknown> = {
    kind: node.kind,
    label: node.label,
    anonymous: node.anonymous,
    external: node.external,
  };
  if (node.parentId) data.parentId = node.parentId;
  if (node.tier !== null) data.tier = node.tier;
  if (node.subKind) data.subKind = node.subKind;
  if (node.ageBand) data.ageBand = node.ageBand;
  for (const key of ['roles', 'fields', 'tags'] as const) if (node[key].length) data[key] = node[key].join(';');
  if (format === 'gexf' && node.parentId) data.pid = node.parentId;
  return data;
}

function expectedEdgeData(edge: Edge): Record<string, unknown> {
  const data: Record<string, unknown> = {
    type: edge.type,
    category: edge.category,
    strength: edge.strength,
    active: edge.active,
  };
  if (edge.since) data.since = edge.since;
  if (edge.until) data.until = edge.until;
  return data;
}

/** The parts of what networkx read that the checks compare (GEXF adds its own label, id and spells). */
function pick(data: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => key in data).map((key) => [key, data[key]]));
}

async function disclosures(viewer: ViewerName, action: string) {
  return fixture.graph.read<{ level: string; personIds: string[] }>(
    `MATCH (e:AuditEvent {kind: 'DISCLOSURE', action: $action, username: $u})
     RETURN e.level AS level, e.personIds AS personIds ORDER BY e.seq`,
    { action, u: `${fixture.prefix}${viewer}` },
  );
}

describe.each(viewerNames)('as %s', (viewer) => {
  it.each(formats)('the %s file of A holds what the map of A shows, no more', async (format) => {
    const file = await download(viewer, format);
    if (!inA.includes(viewer)) {
      expect(file.status).toBe(403);
      expect(JSON.parse(file.text).errors[0].extensions.code).toBe('FORBIDDEN');
      const [refusal] = await fixture.graph.read<{ message: string }>(
        `MATCH (e:AuditEvent {kind: 'REFUSAL', action: $action, username: $u}) RETURN e.message AS message`,
        { action: `networkFile:${format}`, u: `${fixture.prefix}${viewer}` },
      );
      expect(refusal.message).toContain('FORBIDDEN');
      return;
    }
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain(`.${format}"`);
    const network = await networkOf(viewer, false);
    const read = readWithNetworkx(format, file.text);

    expect(read.directed).toBe(true);
    expect(Object.keys(read.nodes).sort()).toEqual(network.nodes.map((n) => n.id).sort());
    for (const node of network.nodes) {
      const want = expectedNodeData(node, format);
      expect(pick(read.nodes[node.id], Object.keys({ ...want, ...read.nodes[node.id] })), node.id).toEqual(
        format === 'gexf' ? { ...want, label: node.label } : want,
      );
      // the tiers nest: GraphML's nested graphs and GEXF's pid give each node the map's parent
      expect(read.parents[node.id] ?? null, `${node.id}'s parent`).toBe(node.parentId);
    }
    expect(read.edges.map((e) => e.id).sort()).toEqual(network.edges.map((e) => e.id).sort());
    for (const edge of network.edges) {
      const got = read.edges.find((e) => e.id === edge.id)!;
      expect([got.source, got.target]).toEqual([edge.source, edge.target]);
      const want = expectedEdgeData(edge);
      expect(pick(got.data, Object.keys(want)), edge.id).toEqual(want);
      for (const key of ['since', 'until']) expect(key in got.data).toBe(key in want);
    }
    // the planner's map: the two areas, the organization and the hub
    expect(network.nodes.length).toBeGreaterThanOrEqual(4);
    // the planner sees no person, so no tie: the organization's ties all go to people
    expect(network.edges.length > 0).toBe(viewer !== 'planner');

    // no more than the map: whom the viewer does not see by name, their name is nowhere in the file; whom they do
    // not see in detail, their real id is nowhere; a restricted household only for whom sees it; notes never
    for (const person of people) {
      const level = expected[viewer][person];
      expect(file.text.includes(t.town().name(person)), `${person}'s name`).toBe(
        level === 'DETAILS' || level === 'NAME',
      );
      expect(file.text.includes(`"${t.id(person)}"`), `${person}'s id`).toBe(level === 'DETAILS');
    }
    expect(file.text.includes('野口世帯')).toBe(expected[viewer].res === 'DETAILS');
    expect(file.text.includes(t.town().note)).toBe(false);
    const persons = network.nodes.filter((n) => n.kind === 'Person').length;
    expect(persons).toBe(people.filter((p) => expected[viewer][p] !== 'HIDDEN').length);

    // the export is a disclosure of its own, recorded as the map's is
    const action = format === 'graphml' ? 'exportGraphml' : 'exportGexf';
    const events = await disclosures(viewer, action);
    const detailed = people.filter((p) => expected[viewer][p] === 'DETAILS').map((p) => t.id(p));
    const named = people.filter((p) => expected[viewer][p] === 'NAME').map((p) => t.id(p));
    const recorded = (level: string) => events.filter((e) => e.level === level).flatMap((e) => e.personIds);
    expect(recorded('DETAILS').sort()).toEqual(detailed.sort());
    expect(recorded('NAME').sort()).toEqual(named.sort());
  });
});

describe('ended ties and dates', () => {
  it('ADMIN gets the ended tie with its dates: a GEXF spell Gephi plays, ending the day before until', async () => {
    const file = await download('admin', 'gexf', { includeEnded: 'true' });
    expect(file.status).toBe(200);
    const read = readWithNetworkx('gexf', file.text);
    const tie = read.edges.find((e) => e.id === t.id('tie-ended'))!;
    expect(tie.data).toMatchObject({ type: 'FRIEND', active: false, ...ended });
    expect(tie.data.spells).toEqual([['2019-04-01', '2023-03-31']]);
    const supports = read.edges.find((e) => e.data.type === 'SUPPORTS')!;
    expect(supports.data.spells).toEqual([['2024-04-01', null]]);
    expect(file.text).toContain('mode="dynamic"');
    // without ended ties it is not there, as on the map
    const today = readWithNetworkx('gexf', (await download('admin', 'gexf')).text);
    expect(today.edges.some((e) => e.id === t.id('tie-ended'))).toBe(false);
  });

  it('a council member sees the ended tie of a stand-in nowhere, and may not ask for ended ties or another day', async () => {
    for (const format of formats) {
      const looksBack: Record<string, string>[] = [{ includeEnded: 'true' }, { asOf: '2024-01-01' }];
      for (const query of looksBack) {
        const file = await download('councilA', format, query);
        expect(file.status).toBe(403);
        expect(JSON.parse(file.text).errors[0].extensions.code).toBe('FORBIDDEN');
      }
    }
  });

  it('refuses an unknown format, a date after today, an unknown area and a request without a token', async () => {
    const bad = await download('admin', 'dot');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'format' });
    const future = await download('admin', 'graphml', { asOf: '2999-01-01' });
    expect(JSON.parse(future.text).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'asOf' });
    const nowhere = await fetch(`${served.base}/api/network/file?areaId=${t.id('nowhere')}&format=gexf`, {
      headers: { authorization: `Bearer ${tokens.admin}` },
    });
    expect(nowhere.status).toBe(404);
    const anonymous = await fetch(`${served.base}/api/network/file?areaId=${t.id('A')}&format=gexf`);
    expect(anonymous.status).toBe(401);
  });
});

describe('neutral labels', () => {
  it("replaces people's and households' names as the map's PNG does, and keeps the organizations'", async () => {
    for (const format of formats) {
      const file = await download('admin', format, { neutral: 'true', lang: 'ja' });
      expect(file.status).toBe(200);
      const read = readWithNetworkx(format, file.text);
      for (const person of people) {
        expect(file.text.includes(t.town().name(person))).toBe(false);
        expect(read.nodes[t.id(person)].label).toMatch(/^住民 \d$/);
      }
      expect(file.text.includes('野口世帯')).toBe(false);
      expect(read.nodes[t.id('hres')].label).toMatch(/^世帯 [A-Z]$/);
      expect(read.nodes[t.id('oA')].label).toBe('A地域包括支援センター');
    }
  });
});
