/**
 * Raw tables → draft records: each cell is read by its column's kind (files.ts) through the cell rules, and each bad
 * cell becomes a problem located at its file, line and column. Nothing stops at the first problem.
 */
import type { BundleKey, BundleProblem, Draft, DraftBundle, ParsedFile, RecordOf } from './bundle.types.js';
import { type ColumnKind, type ColumnSpec, emptyValue, fileSpecs } from './files.js';
import type { RawBundle, RawTable } from './read.js';
import { readDate } from './rules/isoDates.js';
import { readKana } from './rules/kanaReadings.js';
import {
  readAudience,
  readCaseRoute,
  readCaseStatus,
  readCloseReason,
  readConsent,
  readField,
  readFlag,
  readHubFunction,
  readHubOperator,
  readLocalGovernmentCode,
  readMachiazaId,
  readMeetingBasis,
  readMeetingRevision,
  readPlanItemStatus,
  readPlanItemTie,
  readRole,
  readSkill,
  readStrength,
  readTierCode,
  readTieTypeCode,
  readWeekday,
} from './rules/knownCodes.js';
import { checkColumns } from './rules/knownColumns.js';
import { readCount } from './rules/nonNegativeIntegers.js';
import { missingValue } from './rules/requiredValues.js';
import { checkRowWidth } from './rules/rowWidths.js';
import type { CellVerdict } from './rules/rule.types.js';

type Reader = (text: string) => CellVerdict<unknown>;

const asText: Reader = (text) => ({ value: text });

/** Splits a list cell on `;` (or the full-width `；`), trims items, drops empty and repeated ones. */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[;；]/)
        .map((item) => item.trim())
        .filter((item) => item !== ''),
    ),
  ];
}

function list(read: Reader): Reader {
  return (text) => {
    const values: unknown[] = [];
    const problems: string[] = [];
    for (const item of splitList(text)) {
      const verdict = read(item);
      if ('problem' in verdict) problems.push(verdict.problem);
      else if (!values.includes(verdict.value)) values.push(verdict.value);
    }
    return problems.length > 0 ? { problem: problems.join('; ') } : { value: values };
  };
}

const readers: Record<ColumnKind, Reader> = {
  id: asText,
  ids: list(asText),
  text: asText,
  kana: readKana,
  texts: list(asText),
  tier: readTierCode,
  count: readCount,
  date: readDate,
  fields: list(readField),
  roles: list(readRole),
  audiences: list(readAudience),
  operator: readHubOperator,
  weekdays: list(readWeekday),
  hubFunctions: list(readHubFunction),
  skills: list(readSkill),
  consent: readConsent,
  strength: readStrength,
  tieType: readTieTypeCode,
  field: readField,
  caseStatus: readCaseStatus,
  route: readCaseRoute,
  closeReason: readCloseReason,
  itemStatus: readPlanItemStatus,
  basis: readMeetingBasis,
  revisions: list(readMeetingRevision),
  localGovernmentCode: readLocalGovernmentCode,
  machiazaIds: list(readMachiazaId),
  itemTie: readPlanItemTie,
  flag: readFlag,
};

/** Reads one cell; an empty cell stands for the column's empty value unless the column needs one. */
function readCell<R>(column: ColumnSpec<R>, text: string): CellVerdict<unknown> {
  if (text === '') {
    const missing = missingValue(column);
    if (missing) return { problem: missing };
    return { value: emptyValue(column.kind) };
  }
  const verdict = readers[column.kind](text);
  // a list of only separators is an empty list, and an empty role list means the default role
  if ('value' in verdict && Array.isArray(verdict.value) && verdict.value.length === 0) {
    return { value: emptyValue(column.kind) };
  }
  return verdict;
}

function parseTable<K extends BundleKey>(table: RawTable, problems: BundleProblem[]): ParsedFile<Draft<RecordOf[K]>> {
  const columns = fileSpecs[table.key].columns as ColumnSpec<RecordOf[K]>[];
  problems.push(...checkColumns(table.file, table.header, columns));
  const present = columns
    .map((column) => ({ column, index: table.header.indexOf(column.name) }))
    .filter(({ index }) => index >= 0);
  const records: Record<string, unknown>[] = [];
  for (const row of table.rows) {
    const width = checkRowWidth(table.file, table.header, row);
    if (width) problems.push(width);
    const record: Record<string, unknown> = { line: row.line };
    for (const { column, index } of present) {
      const text = row.cells[index] ?? '';
      const verdict = readCell(column, text);
      if ('problem' in verdict) {
        const at = { file: table.file, line: row.line, column: index + 1, columnName: column.name };
        problems.push({ ...at, value: text, message: verdict.problem });
      } else {
        record[column.key] = verdict.value;
      }
    }
    records.push(record);
  }
  // the records were built key by key from the file's own column specs
  return { key: table.key, file: table.file, header: table.header, records: records as Draft<RecordOf[K]>[] };
}

export function parseBundle(raw: RawBundle): { bundle: DraftBundle; problems: BundleProblem[] } {
  const problems = [...raw.problems];
  const bundle: DraftBundle = {};
  for (const table of raw.tables) {
    (bundle as Record<BundleKey, unknown>)[table.key] = parseTable(table, problems);
  }
  return { bundle, problems };
}
