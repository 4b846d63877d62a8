import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { removeByPrefix, testGraph, uniquePrefix } from '../../test/helpers/graph.js';
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
  it('imports a bundle, printing the rows per file, and exports it back', async () => {
    const p = uniquePrefix();
    prefixes.push(p);
    const imported = await command('import', writeBundleFolder(smallTown(p)));
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/people\.csv\s+3 rows/);
    expect(imported.stderr).toMatch(/^ties\s+ties\.csv\s+7 rows/m);
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-export-'));
    const exported = await command('export', folder, '--root', `${p}city`);
    expect(exported.code).toBe(0);
    expect(fs.readFileSync(path.join(folder, 'people.csv'), 'utf8').split('\n')).toHaveLength(5);
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
});
