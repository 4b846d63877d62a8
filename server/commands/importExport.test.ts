import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { removeByPrefix, testGraph, uniquePrefix } from '../../test/helpers/graph.js';
import { addUser } from '../auth/users.service.js';
import { UserRole } from '../auth/viewer.js';
import { csv, smallTown, writeBundleFolder } from '../bundles/testBundles.js';

const run = promisify(execFile);
const prefixes: string[] = [];
afterEach(async () => {
  const graph = await testGraph();
  for (const p of prefixes.splice(0)) await removeByPrefix(graph, p);
});

/** Runs `npm run <command> -- args` against the test database; resolves with its exit code and output. */
async function command(name: 'import' | 'export', ...args: string[]) {
  const { uri, user, password } = inject('neo4j');
  const env = { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password };
  const script = path.resolve(import.meta.dirname, `${name}.ts`);
  return run(process.execPath, ['--import', 'tsx', script, ...args], { env }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );
}

describe('npm run import / export', () => {
  it('imports a bundle, printing the rows written and per file, and exports it back', async () => {
    const p = uniquePrefix();
    prefixes.push(p);
    const imported = await command('import', writeBundleFolder(smallTown(p)));
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/people\.csv\s+3 rows/);
    // the rows written of all (here in one report: the import takes less than the second between two), then the commit
    expect(imported.stderr).toMatch(/^write\s+ties\.csv\s+(\d+)\/\1 rows/m);
    expect(imported.stderr).toMatch(/^commit\s+20 rows/m);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-export-'));
    const exported = await command('export', folder, '--root', `${p}city`);
    expect(exported.code, exported.stderr).toBe(0);
    expect(fs.readFileSync(path.join(folder, 'people.csv'), 'utf8').split('\n')).toHaveLength(5);
  });

  it('exports a workbook by its .xlsx name (or --format xlsx), imports it back, and names a bad cell as sheet!cell', async () => {
    const p = uniquePrefix();
    prefixes.push(p);
    expect((await command('import', writeBundleFolder(smallTown(p)))).code).toBe(0);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-export-'));
    const file = path.join(folder, 'town.xlsx');
    const exported = await command('export', file, '--root', `${p}city`);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/people\.csv\s+3 rows/);
    const named = path.join(folder, 'town-workbook');
    expect((await command('export', named, '--root', `${p}city`, '--format', 'xlsx')).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(named);
    expect(workbook.getWorksheet('住民')?.rowCount).toBe(4);
    const again = await command('import', file);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/ties\.csv\s+7 rows/);
    workbook.getWorksheet('住民')!.getCell('I2').value = 'みんな';
    await workbook.xlsx.writeFile(file);
    const bad = await command('import', file);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('住民!I2 (consent) "みんな" is not a known consent');
  });

  it('prints every problem as file:line:column and exits 1 on a bad bundle', async () => {
    const p = uniquePrefix();
    const folder = writeBundleFolder({
      'areas.csv': csv('id,name,tier,parent_id', `${p}a,市,第4層,`, `${p}b,,2,${p}x`),
    });
    const result = await command('import', folder);
    expect(result.code).toBe(1);
    const lines = result.stderr.split('\n').filter((line) => line.startsWith('areas.csv:'));
    expect(lines).toEqual([
      'areas.csv:2:3 (tier) "第4層" is not a tier; expected 1 (第1層), 2 (第2層), 3 (第3層)',
      'areas.csv:3:2 (name) name may not be empty',
      `areas.csv:3:4 (parent_id) "${p}x" names no Area in the bundle or the database`,
    ]);
    expect(result.stderr).toContain('3 problem(s): nothing was imported');
  });

  it("writes an area's network as GraphML as the given user may see it, and says what is missing or unknown", async () => {
    const p = uniquePrefix();
    prefixes.push(p);
    expect((await command('import', writeBundleFolder(smallTown(p)))).code).toBe(0);
    const graph = await testGraph();
    const planner = `${p}planner`;
    const coordinator = `${p}coordinator`;
    await addUser(graph, {
      username: planner,
      password: 'planner-password-1',
      role: UserRole.PLANNER,
      areaIds: [`${p}city`],
    });
    await addUser(graph, {
      username: coordinator,
      password: 'coordinator-password-1',
      role: UserRole.COORDINATOR,
      areaIds: [`${p}city`],
    });
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-graphml-'));
    const asCoordinator = path.join(folder, 'coordinator.graphml');
    const written = await command(
      'export',
      asCoordinator,
      '--format',
      'graphml',
      '--area',
      `${p}city`,
      '--as',
      coordinator,
    );
    expect(written.code, written.stderr).toBe(0);
    expect(fs.readFileSync(asCoordinator, 'utf8')).toContain('山田ハナ');
    // a planner sees no person: the same command as the planner names nobody
    const asPlanner = path.join(folder, 'planner.graphml');
    expect(
      (await command('export', asPlanner, '--format', 'graphml', '--area', `${p}city`, '--as', planner)).code,
    ).toBe(0);
    const plannerFile = fs.readFileSync(asPlanner, 'utf8');
    expect(plannerFile).toContain('<graphml');
    for (const name of ['山田ハナ', '佐藤一郎', '山田太郎']) expect(plannerFile).not.toContain(name);
    // the file is kept unless replaced on purpose
    const again = await command('export', asPlanner, '--format', 'graphml', '--area', `${p}city`, '--as', planner);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('give --force');
    const nobody = await command(
      'export',
      path.join(folder, 'x.gexf'),
      '--format',
      'gexf',
      '--area',
      `${p}city`,
      '--as',
      `${p}nobody`,
    );
    expect(nobody.code).toBe(1);
    expect(nobody.stderr).toContain(`User "${p}nobody" does not exist`);
    const whose = await command('export', path.join(folder, 'y.gexf'), '--format', 'gexf', '--area', `${p}city`);
    expect(whose.code).toBe(2);
    expect(whose.stderr).toContain('--as USER');
    const format = await command(
      'export',
      path.join(folder, 'z.xml'),
      '--format',
      'dot',
      '--area',
      `${p}city`,
      '--as',
      planner,
    );
    expect(format.code).toBe(1);
    expect(format.stderr).toContain('format "dot" is not one of graphml, gexf');
  });
  it('writes an area’s HSDS package and imports it again as a user who may write the area, or refuses', async () => {
    const p = uniquePrefix();
    prefixes.push(p);
    expect((await command('import', writeBundleFolder(smallTown(p)))).code).toBe(0);
    const graph = await testGraph();
    for (const [name, role] of [
      ['coordinator', UserRole.COORDINATOR],
      ['planner', UserRole.PLANNER],
    ] as const) {
      await addUser(graph, { username: `${p}${name}`, password: `${name}-password-1`, role, areaIds: [`${p}city`] });
    }
    const folder = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-hsds-cli-')), 'package');
    const area = ['--area', `${p}city`];
    const written = await command('export', folder, '--format', 'hsds', ...area, '--as', `${p}planner`);
    expect(written.code, written.stderr).toBe(0);
    expect(fs.readdirSync(folder)).toEqual(
      expect.arrayContaining(['datapackage.json', 'services.csv', 'services.json']),
    );
    const text = fs
      .readdirSync(folder)
      .map((file) => fs.readFileSync(path.join(folder, file), 'utf8'))
      .join('\n');
    expect(text).toContain('北サロン');
    for (const name of ['山田ハナ', '佐藤一郎', '山田太郎', '山田家']) expect(text).not.toContain(name);
    // the folder holds datapackage.json: read as HSDS without --hsds
    const refused = await command('import', folder, ...area, '--as', `${p}planner`);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('your role may look but not change data');
    // recorded as the API records a refusal
    const [refusal] = await graph.read<{ message: string; requestId: string }>(
      `MATCH (e:AuditEvent {kind: 'REFUSAL', username: $u}) RETURN e.message AS message, e.requestId AS requestId
       ORDER BY e.seq DESC LIMIT 1`,
      { u: `${p}planner` },
    );
    expect(refusal).toMatchObject({ requestId: 'console: importHsds' });
    expect(refusal.message).toContain('[FORBIDDEN]');
    const imported = await command('import', folder, ...area, '--as', `${p}coordinator`);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/organizations\s+\{"created":0,"updated":2\}/);
    const missing = await command('import', folder, '--hsds', ...area);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--as USER');
    const examples = path.resolve(import.meta.dirname, '../hsds/testdata/published-examples');
    const broken = await command('import', examples, '--format', 'hsds', ...area, '--as', `${p}coordinator`);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(
      'locations.csv:2:4 (organization_id) refers to no organization: no row of organizations.csv has this id',
    );
    expect(broken.stderr).toContain('8 problem(s): nothing was imported');
  });
});
