/**
 * Walks the audit chain from the first event to the head and says whether it holds: every event present, its hash
 * recomputed from what is stored (`at` as the ISO text that was hashed), its `prev` the hash of the one before.
 */
import type { Graph } from '../graph/graph.js';
import { type ChainBatchRow, type ChainHeadRow, chainBatch, chainHead } from './audit.queries.js';
import { chainedFields, chainHash } from './audit.service.js';
import type { AuditIntegrity } from './audit.type.js';

/** Events read per round trip: the walk's memory stays flat however long the log grows (a map's disclosure can name
 * thousands of people, so a batch is kept small). */
const batchSize = 500;

/** Properties an event may carry besides the hashed ones. */
const unhashed = new Set(['hash', 'atText']);

type Break = Pick<AuditIntegrity, 'firstBrokenSeq' | 'reason'>;

/** What is wrong with one event given the hash before it, or undefined when it is sound. */
function checkEvent(properties: Record<string, unknown>, expectedSeq: number, prevHash: string): Break | undefined {
  if (properties.seq !== expectedSeq) return { firstBrokenSeq: expectedSeq, reason: 'MISSING' };
  const known = new Set<string>([...chainedFields, ...unhashed]);
  if (Object.keys(properties).some((key) => !known.has(key)))
    return { firstBrokenSeq: expectedSeq, reason: 'EXTRA_PROPERTY' };
  const event = Object.fromEntries(
    chainedFields.map((key) => [key, key === 'at' ? properties.atText : properties[key]]),
  );
  if (chainHash(event) !== properties.hash) return { firstBrokenSeq: expectedSeq, reason: 'HASH' };
  if (properties.prev !== prevHash) return { firstBrokenSeq: expectedSeq, reason: 'LINK' };
  return undefined;
}

export async function verifyAuditChain(graph: Graph): Promise<AuditIntegrity> {
  const [head] = await graph.read<ChainHeadRow>(chainHead);
  const result = (checked: number, broken?: Break): AuditIntegrity => ({
    holds: !broken,
    checked,
    headSeq: head.seq,
    firstBrokenSeq: broken?.firstBrokenSeq ?? null,
    reason: broken?.reason ?? null,
    unchainedEvents: head.unchained,
  });
  let seq = 0;
  let prevHash = '';
  while (seq < head.seq) {
    const rows = await graph.read<ChainBatchRow>(chainBatch, { after: seq, until: head.seq, batch: batchSize });
    if (rows.length === 0) return result(seq, { firstBrokenSeq: seq + 1, reason: 'MISSING' });
    for (const { properties } of rows) {
      const broken = checkEvent(properties, seq + 1, prevHash);
      if (broken) return result(seq, broken);
      seq += 1;
      prevHash = String(properties.hash);
    }
  }
  return result(seq, prevHash === head.hash ? undefined : { firstBrokenSeq: head.seq, reason: 'HEAD' });
}
