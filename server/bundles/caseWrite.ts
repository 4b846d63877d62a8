/**
 * Writes the validated support files inside the import's publish transaction, after the town and its ties: cases, their
 * team, referrer and キーパーソン history, plan versions and items (each item's tie found again), monitoring with
 * its outcomes, meetings with attendees and agendas. Records merge by id; a column left out keeps what a record
 * held; the rows of key_persons, monitoring_outcomes and agenda replace those of the records they belong to.
 */
import type { GraphTx } from '../graph/graph.js';
import { inBatches, type WriteOptions } from './batches.js';
import type { CaseKey, ParsedFile, RecordOf } from './bundle.types.js';
import * as q from './caseImport.queries.js';
import { type ColumnSpec, fileSpecs } from './files.js';
import { timed } from './progress.js';
import type { ValidBundle } from './validate.js';

type AnyRecord = Record<string, unknown>;

/** The properties a row gives from its file's property columns that the header has (null: an empty cell). */
function given<K extends CaseKey>(file: ParsedFile<RecordOf[K]>, key: K, record: RecordOf[K]): AnyRecord {
  const props: AnyRecord = {};
  for (const column of fileSpecs[key].columns as unknown as ColumnSpec<AnyRecord>[]) {
    if (column.role !== 'property' || !file.header.includes(column.name)) continue;
    props[column.key] = (record as unknown as AnyRecord)[column.key] ?? null;
  }
  return props;
}

/** Groups rows by a parent id, keeping file order. */
function byParent<R>(rows: readonly R[], parentOf: (row: R) => string): Map<string, R[]> {
  const groups = new Map<string, R[]>();
  for (const row of rows) {
    const parent = parentOf(row);
    const group = groups.get(parent) ?? groups.set(parent, []).get(parent)!;
    group.push(row);
  }
  return groups;
}

/** The parents whose children a child file sets: those it names and those the parent file defines. */
function parentsSet(childFile: unknown, named: Iterable<string>, defined: readonly { id: string }[] = []): string[] {
  if (!childFile) return [];
  return [...new Set([...named, ...defined.map((row) => row.id)])];
}

async function writeCasesFile(tx: GraphTx, valid: ValidBundle, options: WriteOptions): Promise<void> {
  const file = valid.bundle.cases;
  const terms = valid.bundle.key_persons;
  const size = options.batchSize;
  if (file) {
    const rows = file.records.map((record) => {
      const props = given(file, 'cases', record);
      delete props.subjectId;
      return { id: record.id, subjectId: record.subjectId, props };
    });
    await inBatches(tx, q.mergeCases, rows, size);
    if (file.header.includes('team')) {
      const team = file.records.map((record) => ({ id: record.id, ids: record.team ?? [] }));
      await inBatches(tx, q.replaceLinks('Case', 'ON_TEAM'), team, size);
    }
    if (file.header.includes('referrer_id')) {
      const referrers = file.records.map((record) => ({
        id: record.id,
        ids: record.referrerId ? [record.referrerId] : [],
      }));
      await inBatches(tx, q.replaceLinks('Case', 'REFERRED_BY'), referrers, size);
    }
  }
  if (terms) {
    const groups = byParent(terms.records, (term) => term.caseId);
    const rows = parentsSet(terms, groups.keys(), file?.records).map((id) => ({
      id,
      terms: (groups.get(id) ?? []).map((term) => ({
        personId: term.personId,
        since: term.since,
        until: term.until ?? null,
        by: term.by ?? null,
        decidedAt: term.meetingId ?? null,
      })),
    }));
    await inBatches(tx, q.replaceKeyPersons, rows, size);
  }
}

async function writePlans(tx: GraphTx, valid: ValidBundle, options: WriteOptions): Promise<void> {
  const plans = valid.bundle.plans;
  const items = valid.bundle.plan_items;
  if (plans) {
    const rows = plans.records.map((record) => ({
      id: record.id,
      caseId: record.caseId,
      props: {
        ...given(plans, 'plans', record),
        id: record.id,
        ...(plans.header.includes('meeting_id') ? { decidedAt: record.meetingId ?? null } : {}),
      },
    }));
    await inBatches(tx, q.mergePlans, rows, options.batchSize);
  }
  if (!items) return;
  const places = new Map<string, number>();
  const rows = items.records.map((record) => {
    const props = given(items, 'plan_items', record);
    delete props.tie;
    delete props.tieSince;
    // left out, an item's place is its row's place among its plan's rows
    const next = places.get(record.planId) ?? 0;
    places.set(record.planId, next + 1);
    if (props.position === null || props.position === undefined) props.position = next;
    // a new item's status is PLANNED unless given; one already held keeps its own
    if (!props.status) {
      if (valid.records.has(record.id)) delete props.status;
      else props.status = 'PLANNED';
    }
    if (items.header.includes('tie')) props.tieId = null;
    const all = { ...props, id: record.id, whoId: record.whoId };
    return { id: record.id, planId: record.planId, whoId: record.whoId, props: all };
  });
  await inBatches(tx, q.mergePlanItems, rows, options.batchSize);
  const ties = items.records.flatMap((record) => {
    const caseId = valid.caseOf(record.planId);
    const subjectId = valid.caseFacts(caseId)?.subjectId;
    if (!record.tie || !caseId || !subjectId) return [];
    const since = record.tieSince ?? null;
    return [{ id: record.id, whoId: record.whoId, subjectId, since, caseId, made: record.tie === 'MADE' }];
  });
  await inBatches(tx, q.linkItemTies, ties, options.batchSize);
}

async function writeMonitoring(tx: GraphTx, valid: ValidBundle, options: WriteOptions): Promise<void> {
  const file = valid.bundle.monitoring;
  const outcomes = valid.bundle.monitoring_outcomes;
  const groups = byParent(outcomes?.records ?? [], (row) => row.monitoringId);
  const outcomesOf = (id: string) => ({
    outcomeItemIds: (groups.get(id) ?? []).map((row) => row.itemId),
    outcomes: (groups.get(id) ?? []).map((row) => row.outcome),
  });
  const written = new Set<string>();
  if (file) {
    const rows = file.records.map((record) => {
      const props: AnyRecord = { ...given(file, 'monitoring', record), id: record.id };
      if (props.followUp === null || props.followUp === undefined) {
        // left out: a record on or after the case's closing is its 終結後の確認
        const closedOn = valid.caseFacts(record.caseId)?.closedOn;
        props.followUp = Boolean(closedOn && record.on >= closedOn);
      }
      if (outcomes || !valid.records.has(record.id)) Object.assign(props, outcomesOf(record.id));
      written.add(record.id);
      return { id: record.id, caseId: record.caseId, props };
    });
    await inBatches(tx, q.mergeMonitoring, rows, options.batchSize);
  }
  const others = parentsSet(outcomes, groups.keys()).filter((id) => !written.has(id));
  const rows = others.map((id) => ({ id, itemIds: outcomesOf(id).outcomeItemIds, outcomes: outcomesOf(id).outcomes }));
  await inBatches(tx, q.setOutcomes, rows, options.batchSize);
}

async function writeMeetings(tx: GraphTx, valid: ValidBundle, options: WriteOptions): Promise<void> {
  const file = valid.bundle.meetings;
  const agenda = valid.bundle.agenda;
  if (file) {
    const rows = file.records.map((record) => {
      const props: AnyRecord = { ...given(file, 'meetings', record), id: record.id };
      return { id: record.id, councilId: record.councilId, props };
    });
    await inBatches(tx, q.mergeMeetings, rows, options.batchSize);
    if (file.header.includes('attendees')) {
      const attendees = file.records.map((record) => ({ id: record.id, ids: record.attendees ?? [] }));
      await inBatches(tx, q.replaceLinks('Meeting', 'ATTENDED_BY'), attendees, options.batchSize);
    }
  }
  if (agenda) {
    const groups = byParent(agenda.records, (row) => row.meetingId);
    const rows = parentsSet(agenda, groups.keys(), file?.records).map((id) => ({
      id,
      items: (groups.get(id) ?? []).map((row, place) => ({
        caseId: row.caseId,
        decision: row.decision ?? null,
        position: row.position ?? place,
        // PLAN and KEY_PERSON are the plans' and terms' own (caseFiles.ts)
        revised: (row.revised ?? []).filter((code) => code === 'TEAM' || code === 'DIRECTION'),
      })),
    }));
    await inBatches(tx, q.replaceAgenda, rows, options.batchSize);
  }
}

/** The support files' rows, for the progress line. */
export function supportRows(valid: ValidBundle): number {
  const { cases, key_persons, plans, plan_items, monitoring, monitoring_outcomes, meetings, agenda } = valid.bundle;
  return [cases, key_persons, plans, plan_items, monitoring, monitoring_outcomes, meetings, agenda].reduce(
    (sum, file) => sum + (file?.records.length ?? 0),
    0,
  );
}

export async function writeCaseFiles(tx: GraphTx, valid: ValidBundle, options: WriteOptions): Promise<void> {
  const rows = supportRows(valid);
  if (rows === 0) return;
  await timed(options.onProgress, 'cases', undefined, rows, async () => {
    await writeCasesFile(tx, valid, options);
    await writePlans(tx, valid, options);
    await writeMonitoring(tx, valid, options);
    await writeMeetings(tx, valid, options);
  });
}

/** Every case the support files write or write about: their own, and the cases of their plans, items and records. */
export function casesNamed(valid: ValidBundle): string[] {
  const { cases, key_persons, plans, plan_items, monitoring, monitoring_outcomes, agenda } = valid.bundle;
  const ids = [
    ...(cases?.records.map((row) => row.id) ?? []),
    ...(key_persons?.records.map((row) => row.caseId) ?? []),
    ...(plans?.records.map((row) => row.caseId) ?? []),
    ...(plan_items?.records.map((row) => valid.caseOf(row.planId)) ?? []),
    ...(monitoring?.records.map((row) => row.caseId) ?? []),
    ...(monitoring_outcomes?.records.map((row) => valid.caseOf(row.monitoringId)) ?? []),
    ...(agenda?.records.map((row) => row.caseId) ?? []),
  ];
  return [...new Set(ids.filter((id): id is string => id !== undefined))];
}

/** The people these cases are about (a person, or a household's members), after the write. */
export async function peopleOfCases(tx: GraphTx, caseIds: string[]): Promise<string[]> {
  if (caseIds.length === 0) return [];
  const [row] = await tx.run<{ ids: string[] }>(q.peopleOfCases, { caseIds });
  return row?.ids ?? [];
}
