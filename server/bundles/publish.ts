/**
 * The publish of a batched import: ONE transaction that makes all of it visible at once, or nothing. It checks the
 * import is still started and that what the validation found in the database is still there, gives the staged nodes
 * their labels, writes what touches the existing town (write.ts `published`) and the support files, records the
 * import's change in the audit log, and marks the import finished. The old data stays as it was until this commits.
 */
import type { GraphTx } from '../graph/graph.js';
import { ConflictError } from '../shared/errors.js';
import type { EntityKind } from '../vocabulary/ties.js';
import { inBatches } from './batches.js';
import { labelOf, nodeKeys } from './bundle.types.js';
import { casesNamed, peopleOfCases, writeCaseFiles } from './caseWrite.js';
import { assertStarted, finishImport } from './importRecord.js';
import type { FilePlan } from './plan.js';
import type { ProgressSink } from './progress.js';
import { missingHeld, publishNodes } from './stage.queries.js';
import type { ValidBundle } from './validate.js';
import type { WriteStep } from './write.js';

export interface PublishOptions {
  importId: string;
  batchSize: number;
  onProgress?: ProgressSink;
  /** Runs last, with the plan and the people the import tells something about (the browser import's audit record). */
  record?: (tx: GraphTx, plan: FilePlan[], personIds: string[]) => Promise<void>;
}

/** Refuses the publish when a node the validation found was deleted since (its edges and ties would go missing). */
async function assertHeldStillThere(tx: GraphTx, valid: ValidBundle): Promise<void> {
  const byLabel = new Map<EntityKind, string[]>();
  for (const [id, node] of valid.held) {
    const ids = byLabel.get(node.kind) ?? byLabel.set(node.kind, []).get(node.kind)!;
    ids.push(id);
  }
  for (const [label, ids] of byLabel) {
    const [row] = await tx.run<{ missing: string[] }>(missingHeld(label), { ids });
    if (row && row.missing.length > 0) {
      const named = row.missing.map((id) => `"${id}"`).join(', ');
      throw new ConflictError(`deleted while the import was written: ${named}; nothing was imported, import again`);
    }
  }
}

export async function publishImport(
  tx: GraphTx,
  valid: ValidBundle,
  steps: WriteStep[],
  plan: FilePlan[],
  options: PublishOptions,
): Promise<void> {
  const { importId, batchSize } = options;
  const start = performance.now();
  await assertStarted(tx, importId);
  await assertHeldStillThere(tx, valid);
  let relabelled = 0;
  for (const label of new Set(nodeKeys.map((key) => labelOf[key]))) {
    const [row] = await tx.run<{ published: number }>(publishNodes(label), { importId, label });
    relabelled += row?.published ?? 0;
  }
  for (const step of steps) await inBatches(tx, step.cypher, step.rows, batchSize, step.params);
  // the support files last: their plan items stand on the ties just written
  await writeCaseFiles(tx, valid, { batchSize, onProgress: options.onProgress });
  if (options.record) {
    // the people the import tells something about: its people and those its support files are about
    const people = valid.bundle.people?.records.map((person) => person.id) ?? [];
    const subjects = await peopleOfCases(tx, casesNamed(valid));
    await options.record(tx, plan, [...new Set([...people, ...subjects])]);
  }
  await finishImport(tx, importId);
  // all written, the commit to come: the rows are the staged nodes given their labels and those written here
  const rows = relabelled + steps.reduce((sum, step) => sum + step.rows.length, 0);
  await options.onProgress?.({ phase: 'publish', rows, seconds: (performance.now() - start) / 1000 });
}
