/**
 * The bundled Neo4j: fetched once from Maven Central (neo4j/pom.xml), configured under the data folder and run as a
 * child JVM with Bolt on 127.0.0.1 only. Authentication is on, with a random password kept beside the data.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { logger } from '../shared/logger.js';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../neo4j');
const libDir = path.join(projectDir, 'target/lib');
const pluginDir = path.join(projectDir, 'target/plugins');

/** Java options Neo4j 5 needs on Java 17 (without the opens it dies with "java.base does not open java.nio"). */
const jvmOptions = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.util.concurrent=ALL-UNNAMED',
  '--add-modules=jdk.incubator.vector',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-Dfile.encoding=UTF-8',
];

/**
 * The heap of the bundled database unless told otherwise. An import writes in batches of their own transactions
 * (≈33 MB of transaction memory for 5000 rows) and then publishes in one, which gives every new node its label:
 * ≈7 kB of transaction memory per new node, ≈0.7 GB for a 100k-person town (≈540k rows; it was ≈2 GB when the
 * import was one transaction). Neo4j lets all transactions together use 70% of the heap
 * (dbms.memory.transaction.total.max). Measured with `npm run bench`: 4g took the one-transaction import in ≈50 s.
 */
const defaultHeap = '4g';

export interface BundledOptions {
  dataDir: string;
  boltPort: number;
  /** Heap and page cache; the defaults suit a 2-core, few-GB machine. */
  heap?: string;
  pageCache?: string;
  /** Forward the database's own log lines to our terminal. */
  echo?: boolean;
}

export interface BundledNeo4j {
  uri: string;
  user: string;
  password: string;
  stop(): Promise<void>;
  /** Kills the JVM at once (SIGKILL), as a power cut would: for tests of crash safety. */
  kill(): Promise<void>;
}

/** Downloads the jars with Maven unless they are already there (the download happens once). */
export function ensureJars(): void {
  if (fs.existsSync(path.join(pluginDir, 'proc-2.13.9.jar')) && fs.existsSync(libDir)) return;
  logger.info('fetching Neo4j and Graph Data Science from Maven Central (once)…');
  const result = spawnSync('mvn', ['-B', '-q', '-f', path.join(projectDir, 'pom.xml'), 'package'], {
    stdio: 'inherit',
  });
  if (result.error) throw new Error(`could not run Maven (mvn): ${result.error.message}. Is Maven installed?`);
  if (result.status !== 0) throw new Error(`Maven could not fetch Neo4j (exit ${result.status}); see its output above`);
}

function classPath(): string {
  return `${libDir}/*${path.delimiter}${pluginDir}/*`;
}

/** The folder under the data folder where the bundled database keeps its files, configuration and password. */
export function bundledHome(dataDir: string): string {
  return path.join(dataDir, 'neo4j');
}

/** The database the app uses: Community has one (besides `system`). */
export const appDatabase = 'neo4j';

/** Writes the bundled database's configuration for this data folder; returns its folder (NEO4J_CONF). */
export function writeConfig(home: string, options: Pick<BundledOptions, 'boltPort' | 'heap' | 'pageCache'>): string {
  const confDir = path.join(home, 'conf');
  fs.mkdirSync(confDir, { recursive: true });
  const lines = [
    `server.directories.data=${path.join(home, 'data')}`,
    `server.directories.logs=${path.join(home, 'logs')}`,
    `server.directories.plugins=${pluginDir}`,
    `server.directories.import=${path.join(home, 'import')}`,
    `server.bolt.listen_address=127.0.0.1:${options.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${options.boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    'dbms.security.procedures.unrestricted=gds.*',
    'dbms.security.procedures.allowlist=gds.*',
    `server.memory.pagecache.size=${options.pageCache ?? '512m'}`,
    `server.memory.heap.max_size=${options.heap ?? defaultHeap}`,
    // transactions that hang (a killed client) do not hold locks forever
    'db.transaction.timeout=10m',
  ];
  fs.writeFileSync(path.join(confDir, 'neo4j.conf'), lines.join('\n') + '\n');
  return confDir;
}

/**
 * Runs `neo4j-admin` (the distribution's admin tool, from the same jars) on the bundled database of `home`, with its
 * configuration: what bin/neo4j-admin would do with NEO4J_HOME and NEO4J_CONF set.
 */
export function neo4jAdmin(home: string, confDir: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync('java', ['-cp', classPath(), 'org.neo4j.server.startup.Neo4jAdminCommand', ...args], {
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: confDir },
    encoding: 'utf8',
  });
  if (result.error)
    throw new Error(`could not run Java for neo4j-admin: ${result.error.message}. Is Java 17 installed?`);
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/** The password is made on first start and set before the database ever runs, as neo4j-admin requires. */
export function ensurePassword(home: string, confDir: string): string {
  const file = path.join(home, 'password');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  // hex: a password starting with '-' would be read by neo4j-admin as an option
  const password = randomBytes(18).toString('hex');
  const result = neo4jAdmin(home, confDir, ['dbms', 'set-initial-password', password]);
  if (result.status !== 0) throw new Error(`neo4j-admin could not set the password: ${result.output}`);
  fs.writeFileSync(file, password + '\n', { mode: 0o600 });
  return password;
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * The process id of the bundled Neo4j running on this home, if one is: the process of the pid file, when it really
 * is our Neo4j for this folder (a pid file left by a killed JVM may name another process by now).
 */
export function runningDatabase(home: string): number | undefined {
  const pidFile = path.join(home, 'neo4j.pid');
  if (!fs.existsSync(pidFile)) return undefined;
  const pid = Number(fs.readFileSync(pidFile, 'utf8'));
  let commandLine = '';
  try {
    commandLine = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return undefined; // not running any more
  }
  const ours = commandLine.includes('CommunityEntryPoint') && commandLine.includes(`--home-dir=${home}`);
  return ours ? pid : undefined;
}

/** The Node process (an app, `npm run db`, a command) that started the database `pid`, while it is alive. */
function liveOwner(pid: number): number | undefined {
  try {
    // the fields after the command's closing parenthesis: state, parent pid, …
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!(parent > 1)) return undefined;
    return /node/.test(fs.readFileSync(`/proc/${parent}/cmdline`, 'utf8')) ? parent : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A database left running by an app that was killed (kill -9, a closed terminal) still holds the data folder and
 * the port: stop it, but only if the process recorded in the pid file really is our Neo4j for this folder, and
 * nothing alive started it — a second app on the folder must not take the first one's database away.
 */
async function stopOrphan(home: string): Promise<void> {
  const pid = runningDatabase(home);
  if (pid !== undefined) {
    const owner = liveOwner(pid);
    if (owner !== undefined)
      throw new Error(
        `the bundled database of ${home} is in use by process ${owner} (a running Tsunagari, npm run db or a ` +
          'command): stop it first. Several app servers share one database through NEO4J_URI (README)',
      );
  }
  fs.rmSync(path.join(home, 'neo4j.pid'), { force: true });
  if (pid === undefined) return;
  logger.warn({ pid }, 'a bundled Neo4j from an earlier run is still running on this data folder: stopping it');
  process.kill(pid, 'SIGTERM');
  for (let waited = 0; waited < 60_000 && fs.existsSync(`/proc/${pid}`); waited += 250) {
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  if (fs.existsSync(`/proc/${pid}`)) process.kill(pid, 'SIGKILL');
}

export async function startBundledNeo4j(options: BundledOptions): Promise<BundledNeo4j> {
  ensureJars();
  const home = bundledHome(options.dataDir);
  fs.mkdirSync(home, { recursive: true, mode: 0o700 });
  await stopOrphan(home);
  if (await portAnswers(options.boltPort)) {
    throw new Error(
      `port ${options.boltPort} is already in use: is another Tsunagari or Neo4j running? ` +
        'Stop it, or set NEO4J_BOLT_PORT to a free port.',
    );
  }
  const confDir = writeConfig(home, options);
  const password = ensurePassword(home, confDir);

  const child: ChildProcess = spawn(
    'java',
    [
      ...jvmOptions,
      // the JVM does not read server.memory.heap.max_size (only Neo4j's launcher script does): without -Xmx it
      // would take a quarter of the machine's memory, whatever the configuration says
      `-Xmx${options.heap ?? defaultHeap}`,
      '-cp',
      classPath(),
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${home}`,
      `--config-dir=${confDir}`,
      '--console-mode',
    ],
    { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: confDir }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (child.pid) fs.writeFileSync(path.join(home, 'neo4j.pid'), String(child.pid));
  const output: string[] = [];
  const remember = (chunk: Buffer) => {
    const text = chunk.toString();
    output.push(text);
    if (output.length > 200) output.shift();
    if (options.echo) process.stdout.write(text);
  };
  child.stdout?.on('data', remember);
  child.stderr?.on('data', remember);
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) => {
    child.once('exit', (code) => {
      exited = code;
      fs.rmSync(path.join(home, 'neo4j.pid'), { force: true });
      resolve();
    });
  });

  const deadline = Date.now() + 180_000;
  while (!(await portAnswers(options.boltPort))) {
    if (exited !== undefined) {
      throw new Error(`the bundled Neo4j stopped while starting (exit ${exited}):\n${output.join('').slice(-3000)}`);
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the bundled Neo4j did not open Bolt on port ${options.boltPort} within 3 minutes`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  // Started under `npm` the parent may be killed without running our handlers; the JVM must not outlive it.
  const stopOnExit = () => child.kill('SIGTERM');
  process.once('exit', stopOnExit);

  return {
    uri: `bolt://127.0.0.1:${options.boltPort}`,
    user: 'neo4j',
    password,
    async stop() {
      process.off('exit', stopOnExit);
      if (exited !== undefined) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      await exit;
      clearTimeout(timer);
    },
    async kill() {
      process.off('exit', stopOnExit);
      if (exited !== undefined) return;
      child.kill('SIGKILL');
      await exit;
    },
  };
}
