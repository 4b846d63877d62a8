/**
 * Streams the rows of a town bundle to its CSV files (UTF-8, header rows, lists joined by `;`): rows are buffered
 * a few thousand at a time, turned into CSV by csv-stringify and appended, so memory stays flat whatever the size.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Area } from './areas.js';
import type { Council, Hub, Organization, Tie } from './model.js';

/** The files of a bundle and their columns (DESIGN.md "The contract"). */
export const bundleColumns = {
  areas: ['id', 'name', 'tier', 'parent_id', 'population', 'households', 'elderly'],
  households: ['id', 'name', 'area_id'],
  people: ['id', 'name', 'area_id', 'household_id', 'age_band', 'roles', 'needs', 'interests', 'consent'],
  organizations: ['id', 'name', 'kind', 'fields', 'area_id', 'serves'],
  councils: ['id', 'name', 'kind', 'tier', 'covers'],
  hubs: ['id', 'name', 'kind', 'area_id', 'tags'],
  ties: ['from_id', 'to_id', 'type', 'since', 'until', 'strength', 'note'],
} as const;

export type BundleFile = keyof typeof bundleColumns;
type Cell = string | number | undefined;

/** Rows held before they are written out. */
const batchSize = 4096;

export class CsvFile {
  private readonly fd: number;
  private batch: Cell[][] = [];
  /** Rows written, header excluded. */
  count = 0;

  constructor(file: string, columns: readonly string[]) {
    this.fd = fs.openSync(file, 'w');
    this.batch.push([...columns]);
  }

  row(cells: Cell[]): void {
    this.batch.push(cells);
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

/** One open CSV file per bundle file, with a writer per kind of row. */
export class BundleWriter {
  private readonly files: Record<BundleFile, CsvFile>;

  constructor(folder: string) {
    fs.mkdirSync(folder, { recursive: true });
    this.files = Object.fromEntries(
      Object.entries(bundleColumns).map(([name, columns]) => [name, new CsvFile(path.join(folder, `${name}.csv`), columns)]),
    ) as Record<BundleFile, CsvFile>;
  }

  area(area: Area, stats: { population: number; households: number; elderly: number }): void {
    this.files.areas.row([area.id, area.name, area.tier, area.parentId, stats.population, stats.households, stats.elderly]);
  }

  household(row: { id: string; name: string; areaId: string }): void {
    this.files.households.row([row.id, row.name, row.areaId]);
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
    this.files.people.row([
      row.id,
      row.name,
      row.areaId,
      row.householdId,
      row.ageBand,
      list(row.roles),
      list(row.needs),
      list(row.interests),
      row.consent,
    ]);
  }

  organization(row: Organization): void {
    this.files.organizations.row([row.id, row.name, row.kind, list(row.fields), row.areaId, list(row.serves)]);
  }

  council(row: Council): void {
    this.files.councils.row([row.id, row.name, row.kind, row.tier, list(row.covers)]);
  }

  hub(row: Hub): void {
    this.files.hubs.row([row.id, row.name, row.kind, row.areaId, list(row.tags)]);
  }

  tie(row: Tie): void {
    this.files.ties.row([row.from, row.to, row.type, row.since, row.until, row.strength, row.note]);
  }

  /** Rows written per file. */
  counts(): Record<BundleFile, number> {
    return Object.fromEntries(Object.entries(this.files).map(([name, file]) => [name, file.count])) as Record<BundleFile, number>;
  }

  close(): void {
    for (const file of Object.values(this.files)) file.close();
  }
}
