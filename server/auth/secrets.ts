/**
 * The app's one secret, from which the token-signing key and the stand-in key are derived. It lives outside the
 * database: `TSUNAGARI_SECRET` (shared by every app server of a cluster), else a file under the data folder
 * (mode 0600), made on first start. Every app server given the same secret signs the same tokens and shows the
 * same stand-in ids.
 */
import { hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export type KeyPurpose = 'token' | 'stand-in' | 'fingerprint';

/** Reads the secret: the environment's if given (at least 32 characters), else the data folder's file. */
export function loadAppSecret(options: { secret: string | undefined; dataDir: string }): Buffer {
  if (options.secret) return Buffer.from(options.secret, 'utf8');
  const file = path.join(options.dataDir, 'app-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    // 'wx': two servers starting at once on one folder must not overwrite each other's secret
    try {
      fs.writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const mode = fs.statSync(file).mode & 0o077;
  if (mode !== 0)
    throw new Error(
      `${file} is readable by others (mode ${(fs.statSync(file).mode & 0o777).toString(8)}); chmod 600 it`,
    );
  return Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'utf8');
}

/** A key for one purpose, so that knowing one key tells nothing of the other. */
export function deriveKey(secret: Buffer, purpose: KeyPurpose): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), `tsunagari ${purpose}`, 32));
}
