/** Bearer tokens: HS256 JWTs (jose) signed with a secret kept in the database, valid for 12 hours. */
import { randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';
import type { Graph } from '../graph/graph.js';
import { ensureSecret } from './users.queries.js';

const lifetime = '12h';
const issuer = 'tsunagari';

export class TokenService {
  private constructor(private readonly key: Uint8Array) {}

  static async open(graph: Graph): Promise<TokenService> {
    const [{ value }] = await graph.write<{ value: string }>(ensureSecret, {
      candidate: randomBytes(32).toString('base64url'),
    });
    return new TokenService(new TextEncoder().encode(value));
  }

  issue(username: string): Promise<string> {
    return new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(username).setIssuer(issuer)
      .setIssuedAt().setExpirationTime(lifetime).sign(this.key);
  }

  /** The username in a valid token, else undefined. */
  async read(token: string): Promise<string | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer, algorithms: ['HS256'] });
      return payload.sub;
    } catch {
      return undefined;
    }
  }
}
