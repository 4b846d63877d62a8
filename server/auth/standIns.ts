/**
 * Stand-in ids for people a viewer may not see in person: an HMAC of the viewer and the person under a key derived
 * from the app secret, so the same viewer gets the same stand-in from every app server and after a restart (the map
 * can be patched by id), while the stand-in says nothing of the person and differs between viewers.
 */
import { createHmac } from 'node:crypto';
import { invariant } from '../shared/errors.js';
import { deriveKey } from './secrets.js';

let key: Buffer | undefined;

/** Called once when the app starts, with the app secret. */
export function setStandInKey(secret: Buffer): void {
  key = deriveKey(secret, 'stand-in');
}

/** How every stand-in id begins (so a given id can be told to be one without looking it up). */
export const standInPrefix = 'anon-';

export function standInId(viewerName: string, personId: string): string {
  invariant(key, 'the stand-in key is set when the app starts');
  return `${standInPrefix}${createHmac('sha256', key).update(`${viewerName}\u0000${personId}`).digest('base64url').slice(0, 16)}`;
}

/** The people among `personIds` whose stand-in for this viewer is one of `wanted`: stand-in → real id. */
export function matchStandIns(
  viewerName: string,
  personIds: Iterable<string>,
  wanted: ReadonlySet<string>,
): Map<string, string> {
  const found = new Map<string, string>();
  if (wanted.size === 0) return found;
  for (const id of personIds) {
    const standIn = standInId(viewerName, id);
    if (wanted.has(standIn)) found.set(standIn, id);
  }
  return found;
}

/**
 * An opaque id for a record made about a person or household (a case conference): stable for that subject, so
 * accepting again finds the same record, but saying nothing of whom it is about to those who see the record.
 */
export function opaqueId(kind: string, subjectId: string): string {
  invariant(key, 'the stand-in key is set when the app starts');
  return `${kind}-${createHmac('sha256', key).update(`${kind}\u0000${subjectId}`).digest('base64url').slice(0, 16)}`;
}
