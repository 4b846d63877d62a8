/**
 * HSDS ids are UUIDs; ours are the data's own strings. Every exported row gets a name-based UUID (version 5, RFC
 * 9562) of what it is and our id, so the same node has the same HSDS id in every export, and an import recognises a
 * package this app wrote (the HSDS id of one of our nodes names that node).
 */
import { createHash } from 'node:crypto';

/** Tsunagari's own namespace for name-based UUIDs (a fixed random UUID). */
const namespace = Buffer.from('6f0d2f8e5b7a4c1e9a3d0b6c8e2f4a17', 'hex');

/** The version 5 UUID of `name` in Tsunagari's namespace. */
export function uuidOf(name: string): string {
  const hash = createHash('sha1').update(namespace).update(name, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** What an exported row stands for: its HSDS id is the UUID of this and our id. */
export type HsdsRowKind =
  | 'organization'
  | 'hub-organization'
  | 'service'
  | 'hub-service'
  | 'location'
  | 'hub-location'
  | 'service_at_location'
  | 'hub-service_at_location'
  | 'service_area'
  | 'attribute';

export function hsdsIdOf(kind: HsdsRowKind, id: string): string {
  return uuidOf(`${kind}:${id}`);
}
