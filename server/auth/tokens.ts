/**
 * Bearer tokens: HS256 JWTs (jose) signed with a key derived from the app secret, valid for 12 hours. Each carries
 * an id (`jti`, revoked at logout) and the user's token version (`ver`, raised when a password is changed or reset
 * or the user is disabled, which ends every token issued before).
 */
import { randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { deriveKey, type KeyPurpose } from './secrets.js';

const lifetime = '12h';
const issuer = 'tsunagari';

/** What a valid token says. */
export interface TokenClaims {
  username: string;
  jti: string;
  version: number;
  expiresAt: Date;
}

export class TokenService {
  private readonly key: Uint8Array;

  constructor(secret: Buffer) {
    this.key = deriveKey(secret, 'token' satisfies KeyPurpose);
  }

  issue(username: string, version: number): Promise<string> {
    return new SignJWT({ ver: version })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(username)
      .setIssuer(issuer)
      .setJti(randomUUID())
      .setIssuedAt()
      .setExpirationTime(lifetime)
      .sign(this.key);
  }

  /** The claims of a valid token, else undefined. */
  async read(token: string): Promise<TokenClaims | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer, algorithms: ['HS256'] });
      if (!payload.sub || !payload.jti || typeof payload.ver !== 'number' || !payload.exp) return undefined;
      return { username: payload.sub, jti: payload.jti, version: payload.ver, expiresAt: new Date(payload.exp * 1000) };
    } catch {
      return undefined;
    }
  }
}
