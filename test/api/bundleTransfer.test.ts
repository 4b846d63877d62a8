/**
 * The browser's bundle import and export over HTTP (server/bundles/bundle.http.ts), against the real Express app and
 * database: a dry run lists every located problem and writes nothing, a good bundle's dry run counts, a commit
 * writes and is audited, Shift_JIS inside a zip, zip bombs and oversized uploads, and every role but ADMIN refused.
 */
import { zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../server/auth/users.service.js';
import { UserRole } from '../../server/auth/viewer.js';
import { bundleKeys, fileOf } from '../../server/bundles/bundle.types.js';
import { csv, smallCases, smallTown } from '../../server/bundles/testBundles.js';
import { countUnder, nodesUnder } from '../../server/bundles/testGraphState.js';
import { uploadBytes, uploadLimits } from '../../server/shared/bundleLimits.js';
import { testApp } from '../helpers/api.js';
import { removeByPrefix, testGraph, uniquePrefix } from '../helpers/graph.js';
import { loginOver, type Served, serve } from '../helpers/http.js';

const users = uniquePrefix();
const password = 'correct horse battery';
const prefixes: string[] = [];
let served: Served;
const tokens: Record<string, string> = {};
/** 120 MB of one letter deflates to about 120 kB. Made before the server listens: making it takes seconds, longer
 * than a kept-alive connection waits, and a request on a connection the server is closing fails with ECONNRESET. */
let bomb: Uint8Array;

function prefix(): string {
  const p = uniquePrefix();
  prefixes.push(p);
  return p;
}

/** The town's files zipped as the browser sends them. */
function zipOf(files: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, content]) => [
        name,
        typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
      ]),
    ),
  );
}

async function upload(mode: string, body: Uint8Array, token?: string) {
  const response = await fetch(`${served.base}/api/bundle/import?mode=${mode}`, {
    method: 'POST',
    headers: { 'content-type': 'application/zip', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: new Blob([body as Uint8Array<ArrayBuffer>]),
  });
  return { status: response.status, body: await response.json() };
}

async function auditOf(action: string, username: string) {
  return (await testGraph()).read<{
    kind: string;
    entityId: string | null;
    changes: string | null;
    personIds: string[];
  }>(
    `MATCH (e:AuditEvent {action: $action, username: $username})
     RETURN e.kind AS kind, e.entityId AS entityId, e.changes AS changes, e.personIds AS personIds ORDER BY e.seq`,
    { action, username },
  );
}

const roles = {
  admin: UserRole.ADMIN,
  coordinator: UserRole.COORDINATOR,
  planner: UserRole.PLANNER,
  council: UserRole.COUNCIL_MEMBER,
} as const;

/** A coordinator's own area for the coordinator test: the bundle lies wholly inside it. */
const home = prefix();

beforeAll(async () => {
  bomb = zipOf({ 'people.csv': new Uint8Array(120 * 2 ** 20).fill(0x61) });
  const graph = await testGraph();
  await graph.write("CREATE (:Area {id: $id, name: '北', tier: 1})", { id: `${home}city` });
  for (const [name, role] of Object.entries(roles)) {
    const areaIds = role === UserRole.ADMIN ? [] : [`${home}city`];
    await addUser(graph, { username: `${users}${name}`, password, role, areaIds });
  }
  served = await serve(await testApp());
  for (const name of Object.keys(roles)) tokens[name] = await loginOver(served, `${users}${name}`, password);
});

afterAll(async () => {
  const graph = await testGraph();
  for (const p of prefixes) await removeByPrefix(graph, p);
  await graph.write('MATCH (u:User) WHERE u.username STARTS WITH $users DELETE u', { users });
});

describe('POST /api/bundle/import', () => {
  it('dry run of a bad bundle: every problem located by file, line and column, nothing written', async () => {
    const p = prefix();
    const town = smallTown(p);
    const bad = {
      ...town,
      'people.csv': csv(
        'id,name,area_id,household_id,age_band,roles,needs,interests,consent',
        `${p}p1,山田ハナ,${p}n1,${p}h1,80代,,ELDERLY,,COMMUNITY`,
        `${p}p2,佐藤一郎,${p}nowhere,,70代,WIZARD,,,`,
      ),
      'Hubs.csv': 'id\n',
    };
    const before = await countUnder(await testGraph(), p);
    const answer = await upload('dry-run', zipOf(bad), tokens.admin);
    expect(answer.status).toBe(422);
    expect(answer.body.dryRun).toBe(true);
    const located = answer.body.problems.map(
      (problem: { file: string; line: number; column: number }) => `${problem.file}:${problem.line}:${problem.column}`,
    );
    expect(located).toEqual(expect.arrayContaining(['people.csv:3:3', 'people.csv:3:6', 'Hubs.csv:1:0']));
    for (const problem of answer.body.problems) expect(problem.message).toEqual(expect.any(String));
    // the tie from p2 still resolves; p3 is gone, so its FAMILY tie names nobody
    expect(located.some((at: string) => at.startsWith('ties.csv:'))).toBe(true);
    expect(await countUnder(await testGraph(), p)).toEqual(before);
    expect(before).toEqual({ nodes: 0, edges: 0 });
    // a commit of the same bundle refuses the same way and writes nothing either
    const commit = await upload('commit', zipOf(bad), tokens.admin);
    expect(commit.status).toBe(422);
    expect(commit.body.problems).toEqual(answer.body.problems);
    expect(await countUnder(await testGraph(), p)).toEqual(before);
  });

  it('dry run of a good bundle counts what it would write, then the commit writes it and is audited', async () => {
    const p = prefix();
    const graph = await testGraph();
    const archive = zipOf(smallTown(p));
    const dry = await upload('dry-run', archive, tokens.admin);
    expect(dry.status).toBe(200);
    expect(dry.body).toEqual({
      dryRun: true,
      problems: [],
      files: [
        { file: 'areas.csv', rows: 5, created: 5, updated: 0 },
        { file: 'households.csv', rows: 1, created: 1, updated: 0 },
        { file: 'people.csv', rows: 3, created: 3, updated: 0 },
        { file: 'organizations.csv', rows: 2, created: 2, updated: 0 },
        { file: 'councils.csv', rows: 1, created: 1, updated: 0 },
        { file: 'hubs.csv', rows: 1, created: 1, updated: 0 },
        { file: 'ties.csv', rows: 7, created: 7, updated: 0 },
      ],
    });
    expect(await countUnder(graph, p)).toEqual({ nodes: 0, edges: 0 });
    expect(await auditOf('importBundle', `${users}admin`)).toEqual([]);

    const commit = await upload('commit', archive, tokens.admin);
    expect(commit.status).toBe(200);
    expect(commit.body.dryRun).toBe(false);
    expect((await countUnder(graph, p)).nodes).toBe(13);
    const [event] = await auditOf('importBundle', `${users}admin`);
    expect(event.kind).toBe('CHANGE');
    expect(event.personIds.sort()).toEqual([`${p}p1`, `${p}p2`, `${p}p3`]);
    expect(JSON.parse(event.changes!)).toContainEqual({
      field: 'people.csv',
      before: null,
      after: { rows: 3, created: 3, updated: 0 },
    });

    // the same bundle again: everything is there, every row an update
    const again = await upload('dry-run', archive, tokens.admin);
    expect(again.body.files.map((f: { created: number; updated: number }) => [f.created, f.updated])).toEqual(
      Array.from({ length: 7 }, (_, i) => [0, [5, 1, 3, 2, 1, 1, 7][i]]),
    );
  });

  it('dry run of a bundle with its support files counts them; one bad monitoring row refuses it, located', async () => {
    const p = prefix();
    const town = { ...smallTown(p), ...smallCases(p) };
    const dry = await upload('dry-run', zipOf(town), tokens.admin);
    expect(dry.status).toBe(200);
    expect(dry.body.files.slice(7)).toEqual([
      { file: 'cases.csv', rows: 2, created: 2, updated: 0 },
      { file: 'key_persons.csv', rows: 2, created: 2, updated: 0 },
      { file: 'plans.csv', rows: 2, created: 2, updated: 0 },
      { file: 'plan_items.csv', rows: 4, created: 4, updated: 0 },
      { file: 'monitoring.csv', rows: 2, created: 2, updated: 0 },
      { file: 'monitoring_outcomes.csv', rows: 2, created: 2, updated: 0 },
      { file: 'meetings.csv', rows: 1, created: 1, updated: 0 },
      { file: 'agenda.csv', rows: 1, created: 1, updated: 0 },
    ]);
    town['monitoring.csv'] += `${p}mon3,${p}case9,2024-05-01,社協,見た,,,admin,\n`;
    const commit = await upload('commit', zipOf(town), tokens.admin);
    expect(commit.status).toBe(422);
    expect(commit.body.problems).toEqual([
      expect.objectContaining({
        file: 'monitoring.csv',
        line: 4,
        column: 2,
        columnName: 'case_id',
        value: `${p}case9`,
      }),
    ]);
    expect(await countUnder(await testGraph(), p)).toEqual({ nodes: 0, edges: 0 });
  });

  it('reads a Shift_JIS bundle inside a zip, in a folder of the zip', async () => {
    const p = prefix();
    const town = smallTown(p);
    const files = {
      'town/areas.csv': iconv.encode(town['areas.csv'], 'cp932'),
      'town/households.csv': iconv.encode(town['households.csv'], 'cp932'),
      'town/people.csv': iconv.encode(town['people.csv'], 'cp932'),
    };
    const answer = await upload('commit', zipOf(files), tokens.admin);
    expect(answer.status).toBe(200);
    const people = await nodesUnder(await testGraph(), `${p}p`);
    expect(people.map((node) => node.props.name)).toEqual(['山田ハナ', '佐藤一郎', '山田太郎']);
  });

  it(`refuses a zip bomb at ${uploadLimits.fileBytes / 2 ** 20} MB unzipped, before inflating the rest`, async () => {
    const p = prefix();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const answer = await upload('dry-run', bomb, tokens.admin);
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0]).toMatchObject({
      message: '"people.csv" is larger than 100 MB once unzipped',
      extensions: { code: 'BAD_USER_INPUT', argument: 'file' },
    });
    expect(await countUnder(await testGraph(), p)).toEqual({ nodes: 0, edges: 0 });
  });

  it('refuses an upload over the size limit, and a body that is not a zip', async () => {
    const big = await upload('dry-run', new Uint8Array(uploadBytes + 1), tokens.admin);
    expect(big.status).toBe(413);
    expect(big.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const junk = await upload('dry-run', Buffer.from('id,name\n'), tokens.admin);
    expect(junk.status).toBe(400);
    expect(junk.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'file' });
    const nowhere = await fetch(`${served.base}/api/bundles`);
    expect(nowhere.status).toBe(404);
    expect((await nowhere.json()).errors[0].extensions.code).toBe('NOT_FOUND');
    const noMode = await upload('now', zipOf(smallTown(prefix())), tokens.admin);
    expect(noMode.body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'mode' });
  });

  it('refuses every role but ADMIN, a coordinator of the very areas too, and writes nothing', async () => {
    const p = home;
    // the bundle lies wholly inside the coordinator's area: the browser import is still ADMIN's only
    const inside = zipOf({
      'hubs.csv': csv('id,name,kind,area_id,tags', `${p}hub,北サロン,サロン,${p}city,`),
    });
    for (const name of ['coordinator', 'planner', 'council'] as const) {
      for (const mode of ['dry-run', 'commit']) {
        const answer = await upload(mode, inside, tokens[name]);
        expect(answer.status, `${name} ${mode}`).toBe(403);
        expect(answer.body.errors[0].extensions.code).toBe('FORBIDDEN');
      }
      expect(await auditOf('importBundle', `${users}${name}`)).toEqual([
        expect.objectContaining({ kind: 'REFUSAL' }),
        expect.objectContaining({ kind: 'REFUSAL' }),
      ]);
    }
    expect((await upload('commit', inside)).status).toBe(401);
    expect(await nodesUnder(await testGraph(), `${p}hub`)).toEqual([]);
  });
});

describe('GET /api/bundle/export', () => {
  async function download(token?: string) {
    return fetch(`${served.base}/api/bundle/export`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  }

  it('gives ADMIN the whole town as a zip of the CSV files, formulas neutralised, audited as a disclosure', async () => {
    const p = prefix();
    const town = { ...smallTown(p), ...smallCases(p) };
    town['hubs.csv'] = csv('id,name,kind,area_id,tags', `${p}hub1,=HYPERLINK("x"),サロン,${p}n1,`);
    expect((await upload('commit', zipOf(town), tokens.admin)).status).toBe(200);
    const response = await download(tokens.admin);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="tsunagari-bundle-/);
    const { unzipSync } = await import('fflate');
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(bundleKeys.map(fileOf).sort());
    const text = (name: string) => Buffer.from(files[name]).toString('utf8');
    expect(text('people.csv').split('\n')[0]).toBe(
      'id,name,area_id,household_id,age_band,roles,needs,interests,consent,restricted_for,name_kana,can_offer,offer_time',
    );
    expect(text('people.csv')).toContain(`${p}p1,山田ハナ,${p}n1,${p}h1,80代`);
    expect(text('hubs.csv')).toContain(`${p}hub1,"'=HYPERLINK(""x"")",サロン`);
    expect(text('cases.csv')).toContain(`${p}case1,${p}h1,ACTIVE,2024-01-05,admin,COMMUNITY,${p}p2,`);
    expect(text('agenda.csv')).toContain(`${p}meet1,${p}case1,0,プランを見直す`);
    const [event] = await auditOf('exportBundle', `${users}admin`);
    expect(event.kind).toBe('DISCLOSURE');
    expect(event.personIds).toEqual(expect.arrayContaining([`${p}p1`, `${p}p2`, `${p}p3`]));
  });

  it('refuses every other role (audited) and a request without a token', async () => {
    for (const name of ['coordinator', 'planner', 'council'] as const) {
      const response = await download(tokens[name]);
      expect(response.status, name).toBe(403);
      expect((await response.json()).errors[0].extensions.code).toBe('FORBIDDEN');
      expect(await auditOf('exportBundle', `${users}${name}`)).toEqual([expect.objectContaining({ kind: 'REFUSAL' })]);
    }
    expect((await download()).status).toBe(401);
  });
});
