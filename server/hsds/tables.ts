/**
 * The HSDS 3.0 tables as the published tabular data package describes them (schema/datapackage.json, vendored
 * unchanged): each table's file name, its columns in order, which are required, and its foreign keys. The export
 * writes its tables by this and the import checks a package's references by it — one definition, the spec's.
 */
import fs from 'node:fs';

export interface HsdsField {
  name: string;
  type: string;
  format?: string;
  constraints?: { required?: boolean; enum?: string[] };
}

export interface HsdsForeignKey {
  fields: string;
  reference: { resource: string; fields: string };
}

export interface HsdsResource {
  /** the table, e.g. `service_at_location` */
  name: string;
  /** its file in the package, e.g. `service_at_location.csv`, `services.csv` */
  path: string;
  schema: { primaryKey: string; fields: HsdsField[]; foreignKeys?: HsdsForeignKey[] };
}

export interface HsdsPackage {
  name: string;
  title: string;
  description: string;
  profile: string;
  version: string;
  resources: HsdsResource[];
}

/** The published descriptor, as vendored. */
export const publishedPackage: HsdsPackage = JSON.parse(
  fs.readFileSync(new URL('./schema/datapackage.json', import.meta.url), 'utf8'),
);

export const hsdsVersion = publishedPackage.version;

/** The tables this app writes, in the order a reader meets them. */
export const writtenTables = [
  'organization',
  'service',
  'location',
  'service_at_location',
  'service_area',
  'schedule',
  'attribute',
  'taxonomy',
  'taxonomy_term',
] as const;
export type WrittenTable = (typeof writtenTables)[number];

export function resourceOf(table: string): HsdsResource {
  const resource = publishedPackage.resources.find((r) => r.name === table);
  if (!resource) throw new Error(`HSDS ${hsdsVersion} has no table "${table}"`);
  return resource;
}

/** The table whose file has this name in a package, by the published file names. */
export function resourceByPath(file: string): HsdsResource | undefined {
  return publishedPackage.resources.find((r) => r.path === file);
}

/** One row of a table: column → value, numbers as numbers; an absent column is an empty cell. */
export type HsdsRow = Record<string, string | number | undefined>;
export type HsdsTables = Record<WrittenTable, HsdsRow[]>;
