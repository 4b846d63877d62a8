/**
 * The generated town's casework on disk: its cases (with plans and monitoring) and meetings as JSON lines, in a
 * file beside the bundle folder (`<folder>.casework.jsonl`), not inside it — the bundle folder holds only bundle
 * files. When the town bundle has files for cases (issue 12 part 8), the generator writes those instead.
 */
import fs from 'node:fs';
import type { CaseRecord, MeetingRecord } from './cases.js';

export type CaseworkLine = ({ kind: 'case' } & CaseRecord) | ({ kind: 'meeting' } & MeetingRecord);

/** The casework file of a bundle folder. */
export function caseworkFileOf(folder: string): string {
  return `${folder.replace(/[\\/]+$/, '')}.casework.jsonl`;
}

export function writeCasework(file: string, cases: readonly CaseRecord[], meetings: readonly MeetingRecord[]): void {
  const fd = fs.openSync(file, 'w');
  try {
    const lines: string[] = [];
    const flush = () => {
      if (lines.length) fs.writeSync(fd, `${lines.join('\n')}\n`);
      lines.length = 0;
    };
    for (const record of cases) {
      lines.push(JSON.stringify({ kind: 'case', ...record }));
      if (lines.length >= 2000) flush();
    }
    for (const record of meetings) lines.push(JSON.stringify({ kind: 'meeting', ...record }));
    flush();
  } finally {
    fs.closeSync(fd);
  }
}

export function readCasework(file: string): { cases: CaseRecord[]; meetings: MeetingRecord[] } {
  const cases: CaseRecord[] = [];
  const meetings: MeetingRecord[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    const { kind, ...record } = JSON.parse(line) as CaseworkLine;
    if (kind === 'case') cases.push(record as CaseRecord);
    else meetings.push(record as MeetingRecord);
  }
  return { cases, meetings };
}
