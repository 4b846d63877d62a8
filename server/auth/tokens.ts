/** Bearer tokens: HS256 JWTs (jose) signed with a key derived from the app secret, valid for 12 hours. */
import { SignJWT, jwtVerify } from 'jose';
import { type KeyPurpose, deriveKey } from './secrets.js';

const lifetime = '12h';
const issuer = 'tsunagari';

export class TokenService {
  private readonly key: Uint8Array;

  constructor(secret: Buffer) {
    this.key = deriveKey(secret, 'token' satisfies KeyPurpose);
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
