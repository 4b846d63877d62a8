import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { csvFiles, readImportAnswer, zipFolder } from './bundleTransfer';
import { describeError } from './errors';

describe('the browser side of the bundle import', () => {
  it("zips a folder's CSV files by name, bytes untouched (the server decodes Shift_JIS)", () => {
    const chosen = csvFiles([
      { name: 'people.csv', bytes: new Uint8Array([0x82, 0xa0]) },
      { name: 'Areas.CSV', bytes: new Uint8Array([0x61]) },
      { name: 'notes.txt', bytes: new Uint8Array([0x62]) },
    ]);
    expect(chosen.map((file) => file.name)).toEqual(['people.csv', 'Areas.CSV']);
    const files = unzipSync(zipFolder(chosen));
    expect(Object.keys(files)).toEqual(['people.csv', 'Areas.CSV']);
    expect([...files['people.csv']]).toEqual([0x82, 0xa0]);
  });

  it('reads a plan, located problems and a refusal from the answer', () => {
    const files = [{ file: 'people.csv', rows: 3, created: 2, updated: 1 }];
    expect(readImportAnswer(200, { dryRun: true, files, problems: [] })).toEqual({ kind: 'plan', dryRun: true, files });
    const problem = { file: 'people.csv', line: 3, column: 2, columnName: 'name', value: '', message: 'empty' };
    expect(readImportAnswer(422, { dryRun: true, files: [], problems: [problem] })).toEqual({
      kind: 'problems',
      dryRun: true,
      problems: [problem],
    });
    const refused = readImportAnswer(403, { errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] });
    expect(refused.kind === 'error' && describeError(refused.error).code).toBe('FORBIDDEN');
    const gateway = readImportAnswer(502, 'Bad gateway');
    expect(gateway.kind === 'error' && describeError(gateway.error).code).toBe('INTERNAL_SERVER_ERROR');
  });
});
