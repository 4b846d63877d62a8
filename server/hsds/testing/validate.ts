/**
 * Checks a package against the published HSDS 3.0 schema, independently of the code that wrote it: every row and
 * every compiled service is validated by ajv (a JSON Schema validator) against the vendored schema files, and the
 * tabular package against its descriptor's table schemas (required cells, enums, unique keys, foreign keys).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';

const schemaFolder = new URL('../schema/', import.meta.url);

/** The keywords HSDS adds to JSON Schema for its tables; only `tabular_required` asks something of the data. */
const annotations = ['name', 'path', 'constraints', 'example', 'core', 'datapackage_metadata', 'datapackage_type'];

function hsdsAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true });
  addFormats(ajv);
  ajv.addVocabulary(annotations);
  // a table's columns that the tabular form requires, beyond what the JSON form does (e.g. service.organization_id)
  ajv.addKeyword({
    keyword: 'tabular_required',
    type: 'object',
    schemaType: 'array',
    validate: (required: string[], data: Record<string, unknown>) => required.every((name) => data[name] != null),
  });
  for (const file of fs.readdirSync(schemaFolder)) {
    if (!file.endsWith('.json') || file === 'datapackage.json') continue;
    const schema = JSON.parse(fs.readFileSync(new URL(file, schemaFolder), 'utf8'));
    // the files name each other by file name ("$ref": "phone.json"): that name is each one's id
    ajv.addSchema(schema, file);
  }
  return ajv;
}

let shared: Ajv | undefined;
const ajv = () => {
  shared ??= hsdsAjv();
  return shared;
};

const describe = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);

/** The schema errors of one object of an HSDS table (e.g. a compiled `service`), none when it is valid. */
export function schemaErrors(table: string, value: unknown): string[] {
  const validate = ajv().getSchema(`${table}.json`);
  if (!validate) throw new Error(`no vendored schema ${table}.json`);
  return validate(value) ? [] : describe(validate.errors);
}

interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[] };
}
interface Resource {
  name: string;
  path: string;
  schema: {
    primaryKey: string;
    fields: Field[];
    foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
  };
}

/** A cell as its table type reads it: numbers as numbers, an empty cell absent. */
function typed(field: Field | undefined, cell: string): unknown {
  if (cell === '') return undefined;
  if (field?.type === 'number' || field?.type === 'integer') return Number(cell);
  return cell;
}

/**
 * Every problem of a tabular package folder: its descriptor's resources against the published ones, each row
 * against the table's JSON schema (ajv) and its table schema, and every foreign key.
 */
export function packageErrors(folder: string): string[] {
  const errors: string[] = [];
  const descriptor = JSON.parse(fs.readFileSync(path.join(folder, 'datapackage.json'), 'utf8'));
  const published = JSON.parse(fs.readFileSync(new URL('datapackage.json', schemaFolder), 'utf8'));
  if (descriptor.profile !== 'tabular-data-package') errors.push('datapackage.json: not a tabular-data-package');
  const rows = new Map<string, Record<string, unknown>[]>();
  for (const resource of descriptor.resources as Resource[]) {
    const original = (published.resources as Resource[]).find((r) => r.name === resource.name);
    if (JSON.stringify(original) !== JSON.stringify(resource)) errors.push(`${resource.name}: not the published table`);
    const [header, ...lines] = parse(fs.readFileSync(path.join(folder, resource.path), 'utf8')) as string[][];
    const names = resource.schema.fields.map((f) => f.name);
    if (JSON.stringify(header) !== JSON.stringify(names))
      errors.push(`${resource.path}: columns differ from the table's`);
    const objects = lines.map((cells) =>
      Object.fromEntries(
        header
          .map((name, i) => [
            name,
            typed(
              resource.schema.fields.find((f) => f.name === name),
              cells[i] ?? '',
            ),
          ])
          .filter(([, value]) => value !== undefined),
      ),
    );
    rows.set(resource.name, objects);
    objects.forEach((object, i) => {
      const at = `${resource.path}:${i + 2}`;
      for (const e of schemaErrors(resource.name, object)) errors.push(`${at} ${e}`);
      for (const field of resource.schema.fields) {
        const value = object[field.name];
        if (field.constraints?.required && value === undefined) errors.push(`${at} ${field.name} is required`);
        if (value !== undefined && field.constraints?.enum && !field.constraints.enum.includes(String(value)))
          errors.push(`${at} ${field.name} "${value}" is not one of ${field.constraints.enum.join(', ')}`);
      }
    });
    const keys = objects.map((o) => o[resource.schema.primaryKey]);
    if (new Set(keys).size !== keys.length) errors.push(`${resource.path}: ${resource.schema.primaryKey} not unique`);
  }
  for (const resource of descriptor.resources as Resource[]) {
    for (const key of resource.schema.foreignKeys ?? []) {
      const targets = new Set((rows.get(key.reference.resource) ?? []).map((o) => o[key.reference.fields]));
      (rows.get(resource.name) ?? []).forEach((object, i) => {
        const value = object[key.fields];
        if (value !== undefined && !targets.has(value))
          errors.push(`${resource.path}:${i + 2} ${key.fields} ${value} names no ${key.reference.resource}`);
      });
    }
  }
  return errors;
}
