/**
 * Streams the rows of a town bundle to its CSV files (UTF-8, header rows and cell order from server/bundles/files.ts,
 * lists joined by `;`): rows are buffered a few thousand at a time, turned into CSV by csv-stringify and appended, so
 * memory stays flat whatever the size.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { type BundleKey, bundleKeys, fileOf, type RecordOf } from '../../server/bundles/bundle.types.js';
import { type ColumnSpec, fileSpecs } from '../../server/bundles/files.js';
import type { Area } from './areas.js';
import type { CaseRecord, MeetingRecord } from './cases.js';
import type { Council, Hub, Organization, Tie } from './model.js';

export type BundleFile = BundleKey;
type Cell = string | number | null | undefined;
/** A row as the cells of its columns, keyed like the file's records (server/bundles/files.ts); a column left out is empty. */
type RowOf<K extends BundleKey> = Partial<Record<ColumnSpec<RecordOf[K]>['key'], Cell>>;

/** Rows held before they are written out. */
const batchSize = 4096;

/** One bundle file, its header and cell order those of the bundle's file specs. */
export class CsvFile<K extends BundleKey> {
  private readonly fd: number;
  private readonly columns: readonly ColumnSpec<RecordOf[K]>[];
  private batch: Cell[][] = [];
  /** Rows written, header excluded. */
  count = 0;

  constructor(folder: string, key: K) {
    this.fd = fs.openSync(path.join(folder, fileOf(key)), 'w');
    this.columns = fileSpecs[key].columns as ColumnSpec<RecordOf[K]>[];
    this.batch.push(this.columns.map((column) => column.name));
  }

  row(values: RowOf<K>): void {
    this.batch.push(this.columns.map((column) => values[column.key]));
    this.count++;
    if (this.batch.length >= batchSize) this.flush();
  }

  flush(): void {
    if (this.batch.length) fs.writeSync(this.fd, stringify(this.batch));
    this.batch = [];
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}

const list = (items: readonly string[]) => items.join(';');
/** When the server would have written a record of that day (the support files keep the server's instants). */
const at = (date: string) => `${date}T09:00:00.000Z`;

/** One open CSV file per bundle file, with a writer per kind of row. */
export class BundleWriter {
  private readonly files: { [K in BundleKey]: CsvFile<K> };

  constructor(folder: string) {
    fs.mkdirSync(folder, { recursive: true });
    this.files = Object.fromEntries(bundleKeys.map((key) => [key, new CsvFile(folder, key)])) as {
      [K in BundleKey]: CsvFile<K>;
    };
  }

  area(area: Area, stats: { population: number; households: number; elderly: number }): void {
    this.files.areas.row({ id: area.id, name: area.name, tier: area.tier, parentId: area.parentId, ...stats });
  }

  household(row: { id: string; name: string; areaId: string }): void {
    this.files.households.row(row);
  }

  person(row: {
    id: string;
    name: string;
    areaId: string;
    householdId?: string;
    ageBand: string;
    roles: readonly string[];
    needs: readonly string[];
    interests: readonly string[];
    consent: string;
  }): void {
    this.files.people.row({
      id: row.id,
      name: row.name,
      areaId: row.areaId,
      householdId: row.householdId,
      ageBand: row.ageBand,
      roles: list(row.roles),
      needs: list(row.needs),
      interests: list(row.interests),
      consent: row.consent,
    });
  }

  organization(row: Organization): void {
    this.files.organizations.row({ ...row, fields: list(row.fields), serves: list(row.serves) });
  }

  council(row: Council): void {
    this.files.councils.row({ ...row, covers: list(row.covers) });
  }

  hub(row: Hub): void {
    this.files.hubs.row({ ...row, tags: list(row.tags) });
  }

  tie(row: Tie): void {
    this.files.ties.row(row);
  }

  /** A case with its キーパーソン, plan versions and their items, and monitoring with its outcomes. */
  supportCase(record: CaseRecord): void {
    this.files.cases.row({
      ...record,
      team: list(record.teamIds),
      createdAt: at(record.openedOn),
    });
    if (record.keyPersonId) {
      this.files.key_persons.row({
        caseId: record.id,
        personId: record.keyPersonId,
        since: record.openedOn,
        by: record.openedBy,
      });
    }
    for (const { items, ...plan } of record.plans) {
      this.files.plans.row({ ...plan, caseId: record.id });
      for (const item of items) this.files.plan_items.row({ ...item, planId: plan.id });
    }
    for (const { outcomeItemIds, outcomes, ...monitoring } of record.monitoring) {
      this.files.monitoring.row({
        ...monitoring,
        caseId: record.id,
        followUp: String(monitoring.followUp),
        recordedAt: at(monitoring.on),
      });
      outcomeItemIds.forEach((itemId, i) => {
        this.files.monitoring_outcomes.row({ monitoringId: monitoring.id, itemId, outcome: outcomes[i] });
      });
    }
  }

  /** A meeting with its attendees and agenda. */
  meeting(record: MeetingRecord): void {
    this.files.meetings.row({ ...record, attendees: list(record.attendeeIds), recordedAt: at(record.on) });
    for (const item of record.agenda) this.files.agenda.row({ ...item, meetingId: record.id });
  }

  /** Rows written per file. */
  counts(): Record<BundleFile, number> {
    return Object.fromEntries(Object.entries(this.files).map(([name, file]) => [name, file.count])) as Record<
      BundleFile,
      number
    >;
  }

  close(): void {
    for (const file of Object.values(this.files)) file.close();
  }
}
