/**
 * Every app server of one database must hold the same app secret (secrets.ts): a token signed by one is read by
 * the next, a stand-in id or a case conference's opaque id is the same on all of them. The first server to start
 * leaves a fingerprint of its secret in the database — a key derived for that purpose alone, from which neither the
 * secret nor the other keys can be learned — and a server with another secret refuses to start, rather than
 * answering differently from its neighbours behind one address.
 */
import type { Graph } from '../graph/graph.js';
import { deriveKey } from './secrets.js';

export const appSecretSchema = [
  'CREATE CONSTRAINT app_secret_id IF NOT EXISTS FOR (s:AppSecret) REQUIRE s.id IS UNIQUE',
];

const stored = `
MERGE (s:AppSecret {id: 'app'})
ON CREATE SET s.fingerprint = $fingerprint, s.since = datetime()
RETURN s.fingerprint AS fingerprint`;

const replace = `
MATCH (s:AppSecret {id: 'app'})
SET s.fingerprint = $fingerprint, s.since = datetime()`;

export function secretFingerprint(secret: Buffer): string {
  return deriveKey(secret, 'fingerprint').toString('base64url');
}

/** What the start found: the secret the database knows (or its first), or a new one taken on purpose. */
export type SecretCheck = 'same' | 'replaced';

/**
 * Refuses to go on with a secret other than the one the database was first served with, unless `replacing` says the
 * secret was changed on purpose (TSUNAGARI_NEW_SECRET=1): then the new one is kept from now on.
 */
export async function assertSharedSecret(graph: Graph, secret: Buffer, replacing: boolean): Promise<SecretCheck> {
  const fingerprint = secretFingerprint(secret);
  const [row] = await graph.record<{ fingerprint: string }>(stored, { fingerprint });
  if (row.fingerprint === fingerprint) return 'same';
  if (replacing) {
    await graph.record(replace, { fingerprint });
    return 'replaced';
  }
  throw new Error(
    'this database is served with another app secret than this one: give every app server the same ' +
      'TSUNAGARI_SECRET (or the same app-secret file). If the secret was changed on purpose (every login ends, ' +
      'stand-in ids change), stop every app server, start one with TSUNAGARI_NEW_SECRET=1, then the others.',
  );
}
