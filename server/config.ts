/** Every environment variable the server reads, read and checked once; nothing else reads process.env. */
import path from 'node:path';

export interface Config {
  /** An external Neo4j (bolt://, neo4j://, neo4j+s://…); when absent the bundled database is started. */
  neo4jUri: string | undefined;
  neo4jUser: string;
  neo4jPassword: string | undefined;
  /** Bolt port of the bundled database (loopback only). */
  boltPort: number;
  /** Where the bundled database keeps its files, and where the app keeps its secrets. */
  dataDir: string;
  /** HTTP port of the app and the API. */
  port: number;
  /** The address the app listens on: loopback unless told otherwise (put a TLS proxy in front, README). */
  host: string;
  /** Express `trust proxy` for the client address behind a proxy: a hop count, `true`, or addresses; unset: none. */
  trustProxy: boolean | number | string | undefined;
  /** Password given to `admin` when the database has no user yet. */
  adminPassword: string | undefined;
  logLevel: string;
  /** The app secret (tokens, stand-in ids) shared by every app server; else a file under dataDir. */
  secret: string | undefined;
  /** The secret was changed on purpose: take it instead of refusing to start (auth/sharedSecret.ts). */
  newSecret: boolean;
}

function integer(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0 || value > 65535) {
    throw new Error(`${name} must be a port number (1–65535), got "${raw}"`);
  }
  return value;
}

function readTrustProxy(raw: string | undefined): boolean | number | string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

function readSecret(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (raw.length < 32)
    throw new Error('TSUNAGARI_SECRET must be at least 32 characters (e.g. openssl rand -base64 48)');
  return raw;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const neo4jUri = env.NEO4J_URI?.trim() || undefined;
  if (neo4jUri && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(neo4jUri)) {
    throw new Error(`NEO4J_URI must start with bolt://, neo4j://, bolt+s:// or neo4j+s://, got "${neo4jUri}"`);
  }
  return {
    neo4jUri,
    neo4jUser: env.NEO4J_USER?.trim() || 'neo4j',
    neo4jPassword: env.NEO4J_PASSWORD,
    boltPort: integer('NEO4J_BOLT_PORT', env.NEO4J_BOLT_PORT, 7687),
    dataDir: path.resolve(env.TSUNAGARI_DATA_DIR?.trim() || 'data'),
    port: integer('PORT', env.PORT, 4000),
    host: env.HOST?.trim() || '127.0.0.1',
    trustProxy: readTrustProxy(env.TRUST_PROXY),
    adminPassword: env.TSUNAGARI_ADMIN_PASSWORD || undefined,
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    secret: readSecret(env.TSUNAGARI_SECRET),
    newSecret: env.TSUNAGARI_NEW_SECRET?.trim() === '1',
  };
}
