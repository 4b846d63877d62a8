/**
 * What an import writes, file by file: how many rows make something new and how many change what is there. The dry
 * run shows it before anything is written; the commit records it in the audit log.
 */
import type { GraphTx } from '../graph/graph.js';
import type { EntityKind, TieType } from '../vocabulary/ties.js';
import type { BundleFile } from './bundle.types.js';
import { caseKeys, fileOf, nodeKeys } from './bundle.types.js';
import { countExistingTies } from './import.queries.js';
import type { ValidBundle } from './validate.js';

export interface FilePlan {
  file: BundleFile;
  rows: number;
  /** Rows whose node or tie the database does not hold yet. */
  created: number;
  /** Rows that merge into a node or tie the database holds. */
  updated: number;
}

interface TieEnds {
  index: number;
  from: string;
  to: string;
  since: string | null;
}

/** Counts new and existing rows per file, inside the import's transaction (so it sees what the write will see). */
export async function planImport(tx: GraphTx, valid: ValidBundle): Promise<FilePlan[]> {
  const plans: FilePlan[] = [];
  for (const key of nodeKeys) {
    const records = valid.bundle[key]?.records;
    if (!records) continue;
    const updated = records.filter((record) => valid.existed(record.id)).length;
    plans.push({ file: fileOf(key), rows: records.length, created: records.length - updated, updated });
  }
  const ties = valid.bundle.ties?.records;
  if (ties) {
    // a tie with a new end is new; the others are looked up by their identity (from, type, to, since)
    const groups = new Map<string, { type: TieType; from: EntityKind; to: EntityKind; rows: TieEnds[] }>();
    ties.forEach((tie, index) => {
      if (!valid.existed(tie.from) || !valid.existed(tie.to)) return;
      const from = valid.kindOf(tie.from);
      const to = valid.kindOf(tie.to);
      const group = `${tie.type} ${from} ${to}`;
      if (!groups.has(group)) groups.set(group, { type: tie.type, from, to, rows: [] });
      groups.get(group)!.rows.push({ index, from: tie.from, to: tie.to, since: tie.since ?? null });
    });
    let updated = 0;
    for (const group of groups.values()) {
      const [row] = await tx.run<{ existing: number }>(countExistingTies(group.type, group.from, group.to), {
        rows: group.rows,
      });
      updated += row?.existing ?? 0;
    }
    plans.push({ file: fileOf('ties'), rows: ties.length, created: ties.length - updated, updated });
  }
  for (const key of caseKeys) plans.push(...supportPlan(valid, key));
  return plans;
}

/** The id of the record a support row merges into: its own, or (for the rows that belong to one) its parent's. */
const ownerOf: { [K in (typeof caseKeys)[number]]: (row: Record<string, unknown>) => string } = {
  cases: (row) => row.id as string,
  key_persons: (row) => row.caseId as string,
  plans: (row) => row.id as string,
  plan_items: (row) => row.id as string,
  monitoring: (row) => row.id as string,
  monitoring_outcomes: (row) => row.monitoringId as string,
  meetings: (row) => row.id as string,
  agenda: (row) => row.meetingId as string,
};

/** A support file's rows: new when the record (or the one the row belongs to) is not in the database yet. */
function supportPlan(valid: ValidBundle, key: (typeof caseKeys)[number]): FilePlan[] {
  const records = valid.bundle[key]?.records as Record<string, unknown>[] | undefined;
  if (!records) return [];
  const updated = records.filter((row) => valid.records.has(ownerOf[key](row))).length;
  return [{ file: fileOf(key), rows: records.length, created: records.length - updated, updated }];
}
