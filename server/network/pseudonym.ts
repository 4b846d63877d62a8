/**
 * Stand-in ids for people a viewer may not see: stable while the server runs (so the map can be patched), but
 * not the person's id, which may itself say who they are.
 */
import { createHmac, randomBytes } from 'node:crypto';

const key = randomBytes(32);

export function pseudonym(viewerName: string, personId: string): string {
  return `anon-${createHmac('sha256', key).update(`${viewerName}\u0000${personId}`).digest('base64url').slice(0, 16)}`;
}
