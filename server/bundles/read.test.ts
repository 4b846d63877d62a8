import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, parseTable } from './read.js';

describe('decodeText', () => {
  it('reads UTF-8 with a BOM, dropping the BOM', () => {
    expect(decodeText(Buffer.from('\uFEFFid,name\n', 'utf8'))).toBe('id,name\n');
  });

  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(Buffer.from('山田ハナ', 'utf8'))).toBe('山田ハナ');
  });

  it('reads Shift_JIS (CP932) when the bytes are not UTF-8', () => {
    expect(decodeText(iconv.encode('民生委員・児童委員,髙橋①', 'cp932'))).toBe('民生委員・児童委員,髙橋①');
  });
});

describe('parseTable', () => {
  it('keeps the line each row starts on, across blank lines, CR LF and quoted line breaks', () => {
    const { table, problems } = parseTable('ties', 'from_id,to_id\r\na,b\r\n\r\nc,"multi\r\nline"\r\n,\r\nd, e \r\n');
    expect(problems).toEqual([]);
    expect(table.header).toEqual(['from_id', 'to_id']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['a', 'b'] },
      { line: 4, cells: ['c', 'multi\nline'] },
      { line: 7, cells: ['d', 'e'] },
    ]);
  });

  it('lower-cases and trims header names', () => {
    expect(parseTable('areas', ' ID , Name \n').table.header).toEqual(['id', 'name']);
  });

  it('reports a file without a header row', () => {
    expect(parseTable('areas', '\n\n').problems).toMatchObject([
      { file: 'areas.csv', line: 1, message: 'the file has no header row' },
    ]);
  });

  it('reports a quote that is never closed', () => {
    const { problems } = parseTable('people', 'id,name\np1,"Hana\np2,Taro\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'people.csv' });
    expect(problems[0].message).toMatch(/^not valid CSV/);
  });
});
