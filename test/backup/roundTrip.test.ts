/**
 * `npm run backup` and `npm run restore` (issue 15, part 4), run as the operator runs them, on bundled databases of
 * this file's own (temporary data folders, free ports; never the shared test database): the sample town goes
 * through a dump into another data folder and comes back with the same nodes, relationships and audit chain. The
 * commands refuse a running database, an existing file or database without --force, and a missing or foreign
 * file, leaving what was there as it was. Slow only by its JVMs: two database starts, three neo4j-admin runs.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../server/audit/audit.integrity.js';
import { audit } from '../../server/audit/audit.service.js';
import { BackupError, backupBundled, restoreBundled } from '../../server/backup/bundledBackup.js';
import { loadSampleTown } from '../../server/bundles/sampleTown.js';
import { type BundledNeo4j, startBundledNeo4j } from '../../server/graph/bundledNeo4j.js';
import { Graph } from '../../server/graph/graph.js';
import { ensureSchema } from '../../server/graph/schema.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-backup-test-'));
const first = path.join(root, 'first');
const second = path.join(root, 'second');
const dump = path.join(root, 'town.dump');
const tsx = path.resolve(import.meta.dirname, '../../node_modules/.bin/tsx');
const commands = path.resolve(import.meta.dirname, '../../server/commands');

const running: BundledNeo4j[] = [];
/** Set when the file ends: a test that ran past its timeout must not leave a database started after that. */
let ended = false;

afterAll(async () => {
  ended = true;
  for (const db of running) await db.stop();
  fs.rmSync(root, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** `npm run backup|restore -- FILE` for a data folder, as the operator runs it: its exit code and what it printed. */
function command(
  name: 'backup' | 'restore',
  dataDir: string,
  file: string,
): Promise<{ status: number; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, TSUNAGARI_DATA_DIR: dataDir, NEO4J_BOLT_PORT: '7999' };
  // the test run may name an external test database; these commands are for the bundled one
  delete env.NEO4J_URI;
  return new Promise((resolve) => {
    execFile(tsx, [path.join(commands, `${name}.ts`), file], { env }, (error, stdout, stderr) => {
      resolve({ status: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

/** The refusal a backup or restore gives (the commands print its message and exit 1). */
function refusal(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof BackupError) return error.message;
    throw error;
  }
  throw new Error('expected a refusal');
}

async function started(dataDir: string): Promise<{ db: BundledNeo4j; graph: Graph }> {
  const db = await startBundledNeo4j({ dataDir, boltPort: await freePort(), heap: '1g', pageCache: '64m' });
  if (ended) {
    await db.stop();
    throw new Error('the test ran past its end');
  }
  running.push(db);
  const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password), { disableLosslessIntegers: true });
  return { db, graph: new Graph(driver, undefined) };
}

async function stopped(db: BundledNeo4j, graph: Graph): Promise<void> {
  await graph.close();
  await db.stop();
  running.splice(running.indexOf(db), 1);
}

/** What must come back: every label's nodes, every type's relationships, and the audit chain's verification. */
async function contents(graph: Graph) {
  const nodes = await graph.read<{ label: string; n: number }>(
    'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label',
  );
  const ties = await graph.read<{ type: string; n: number }>(
    'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type',
  );
  const [names] = await graph.read<{ people: string[] }>(
    'MATCH (p:Person) WITH p ORDER BY p.id RETURN collect(p.id + p.name) AS people',
  );
  return { nodes, ties, people: names.people, chain: await verifyAuditChain(graph) };
}

describe('backup and restore of the bundled database', () => {
  it('round-trips the sample town through a dump, refusing whatever would lose or half-write data', {
    timeout: 600_000,
  }, async () => {
    const { db, graph } = await started(first);
    // a new database's schema made as two app servers starting at once make it (their commands race: schema.ts)
    const other = new Graph(neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password)), undefined);
    await Promise.all([ensureSchema(graph), ensureSchema(other)]);
    await other.close();
    await loadSampleTown(graph);
    const actor = { username: 'backup-test', role: 'ADMIN', requestId: null, address: null };
    for (const action of ['login', 'logout', 'login']) await audit(graph, actor, { kind: 'LOGIN', action });
    const before = await contents(graph);
    expect(before.chain.holds).toBe(true);
    expect(before.chain.headSeq).toBeGreaterThanOrEqual(3);
    expect(before.people.length).toBeGreaterThan(300);

    const options = (dataDir: string, file: string, force = false) => ({ dataDir, boltPort: 7999, file, force });
    expect(refusal(() => backupBundled(options(first, dump)))).toMatch(
      /^the bundled database of .*first is running \(process \d+\): stop the app/,
    );
    expect(fs.existsSync(dump)).toBe(false);
    await stopped(db, graph);

    const backup = await command('backup', first, dump);
    expect(backup.output).toContain(`wrote ${dump}`);
    expect(backup.status).toBe(0);
    expect(fs.statSync(dump).mode & 0o777).toBe(0o600);
    expect(refusal(() => backupBundled(options(first, dump)))).toBe(
      `${dump} exists already: name another file, or add --force to overwrite it`,
    );
    expect(fs.readdirSync(root).sort()).toEqual(['first', 'town.dump']);

    const nothing = path.join(root, 'nothing.dump');
    expect(refusal(() => restoreBundled(options(second, nothing)))).toBe(`no such file: ${nothing}`);
    const restore = await command('restore', second, dump);
    expect(restore.output).toContain(`restored ${dump} into ${second}`);
    expect(restore.status).toBe(0);
    expect(refusal(() => restoreBundled(options(second, dump)))).toContain(
      `${second} holds a database already: add --force to replace it`,
    );
    const foreign = path.join(root, 'notes.txt');
    fs.writeFileSync(foreign, 'not a dump at all\n');
    expect(refusal(() => restoreBundled(options(second, foreign, true)))).toContain(
      `${foreign} is not a Neo4j dump; the database is as it was`,
    );

    // the second folder holds the dump's database, untouched by the refused loads, under its own password
    const restored = await started(second);
    expect(await contents(restored.graph)).toEqual(before);
    await stopped(restored.db, restored.graph);
  });
});
