/**
 * Backup and restore of the bundled database (`npm run backup` / `npm run restore`): neo4j-admin's dump and load of
 * the app's database in a data folder, with the app stopped. Neither leaves half a result: the dump is written
 * beside the file and renamed into place, and a load that fails half-way (a truncated file) puts the database that
 * was there back. An external database is backed up on its own server (README).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  appDatabase,
  bundledHome,
  ensureJars,
  ensurePassword,
  neo4jAdmin,
  runningDatabase,
  writeConfig,
} from '../graph/bundledNeo4j.js';

/** A refusal or failure to tell the operator in so many words (no stack trace). */
export class BackupError extends Error {}

export interface DumpOptions {
  /** The app's data folder (TSUNAGARI_DATA_DIR). */
  dataDir: string;
  /** The bundled database's Bolt port, for a configuration written here (NEO4J_BOLT_PORT). */
  boltPort: number;
  /** The dump file. */
  file: string;
  /** Overwrite an existing file (backup) or database (restore). */
  force: boolean;
}

function assertStopped(dataDir: string): void {
  const pid = runningDatabase(bundledHome(dataDir));
  if (pid !== undefined)
    throw new BackupError(
      `the bundled database of ${dataDir} is running (process ${pid}): stop the app (or npm run db) first — ` +
        'a dump or a load needs it stopped',
    );
}

/** The configuration the app's last start wrote, else one written now for the same folder. */
function configFor(home: string, boltPort: number): string {
  const confDir = path.join(home, 'conf');
  return fs.existsSync(path.join(confDir, 'neo4j.conf')) ? confDir : writeConfig(home, { boltPort });
}

/** What neo4j-admin said, without its progress lines. */
function said(output: string): string {
  const lines = output.split('\n').filter((line) => line.trim() && !/^(Files:|Done:)/.test(line.trim()));
  return lines.slice(-6).join('\n');
}

function databaseDirs(home: string): string[] {
  return ['databases', 'transactions'].map((kind) => path.join(home, 'data', kind, appDatabase));
}

/** Dumps the data folder's database into `file`; returns the dump's size in bytes. */
export function backupBundled(options: DumpOptions): number {
  const home = bundledHome(options.dataDir);
  const target = path.resolve(options.file);
  if (!fs.existsSync(databaseDirs(home)[0]))
    throw new BackupError(
      `there is no bundled database in ${options.dataDir}: is TSUNAGARI_DATA_DIR the app's data folder?`,
    );
  assertStopped(options.dataDir);
  if (fs.existsSync(target) && fs.statSync(target).isDirectory())
    throw new BackupError(`${target} is a folder: name the dump file to write`);
  if (fs.existsSync(target) && !options.force)
    throw new BackupError(`${target} exists already: name another file, or add --force to overwrite it`);
  const folder = path.dirname(target);
  if (!fs.existsSync(folder)) throw new BackupError(`the folder ${folder} does not exist`);
  ensureJars();
  // beside the target, so the finished dump is renamed into place: an interrupted backup leaves no half file
  const work = fs.mkdtempSync(path.join(folder, '.tsunagari-backup-'));
  try {
    const result = neo4jAdmin(home, configFor(home, options.boltPort), [
      'database',
      'dump',
      appDatabase,
      `--to-path=${work}`,
    ]);
    if (result.status !== 0) throw new BackupError(`neo4j-admin could not dump the database:\n${said(result.output)}`);
    const dump = path.join(work, `${appDatabase}.dump`);
    // it holds every resident's record
    fs.chmodSync(dump, 0o600);
    fs.renameSync(dump, target);
    return fs.statSync(target).size;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Loads `file` into the data folder's database (a new folder, or with `force` over the database there). */
export function restoreBundled(options: DumpOptions): void {
  const source = path.resolve(options.file);
  if (!fs.existsSync(source)) throw new BackupError(`no such file: ${source}`);
  if (!fs.statSync(source).isFile()) throw new BackupError(`${source} is not a file`);
  const home = bundledHome(options.dataDir);
  const [databaseDir] = databaseDirs(home);
  assertStopped(options.dataDir);
  const aside = databaseDirs(home).map((dir) => `${dir}.before-restore`);
  const interrupted = aside.find((dir) => fs.existsSync(dir));
  if (interrupted)
    throw new BackupError(
      `an earlier restore was interrupted: ${interrupted} holds the database as it was before it. ` +
        'Move it back (without .before-restore) or away, then restore again',
    );
  if (fs.existsSync(databaseDir) && !options.force)
    throw new BackupError(
      `${options.dataDir} holds a database already: add --force to replace it with the dump (what it holds now ` +
        'is lost), or restore into another TSUNAGARI_DATA_DIR',
    );
  ensureJars();
  fs.mkdirSync(home, { recursive: true, mode: 0o700 });
  const confDir = configFor(home, options.boltPort);
  ensurePassword(home, confDir);
  // neo4j-admin reads <database>.dump from a folder it is given
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-restore-'));
  try {
    const link = path.join(work, `${appDatabase}.dump`);
    fs.symlinkSync(source, link);
    const from = `--from-path=${work}`;
    // neo4j-admin names the link it was given: the operator knows the file
    const told = (output: string) => said(output.replaceAll(link, source));
    // the database there is moved aside, and put back if the load fails (a foreign, damaged or cut-short file)
    databaseDirs(home).forEach((dir, i) => {
      if (fs.existsSync(dir)) fs.renameSync(dir, aside[i]);
    });
    const load = neo4jAdmin(home, confDir, ['database', 'load', appDatabase, from, '--overwrite-destination=true']);
    if (load.status !== 0) {
      databaseDirs(home).forEach((dir, i) => {
        fs.rmSync(dir, { recursive: true, force: true });
        if (fs.existsSync(aside[i])) fs.renameSync(aside[i], dir);
      });
      const what = /Not a valid Neo4j archive|Unknown frame descriptor/.test(load.output)
        ? 'is not a Neo4j dump'
        : 'could not be loaded (is it damaged or cut short?)';
      throw new BackupError(`${source} ${what}; the database is as it was:\n${told(load.output)}`);
    }
    for (const dir of aside) fs.rmSync(dir, { recursive: true, force: true });
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
