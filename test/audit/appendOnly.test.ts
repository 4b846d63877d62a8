import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditViolations, cypherIn, touchesAudit } from './cypherScan.js';

const serverDir = path.resolve(import.meta.dirname, '../../server');

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

const sources = tsFiles(serverDir).map((file) => ({
  file: path.relative(serverDir, file),
  cypher: cypherIn(file, fs.readFileSync(file, 'utf8')),
}));

describe('the audit log is append-only', () => {
  it('finds the Cypher of the server (the scan reads what it should)', () => {
    const all = sources.flatMap((source) => source.cypher);
    expect(all.length).toBeGreaterThan(100);
    expect(
      sources.find((s) => s.file === 'audit/audit.queries.ts')!.cypher.some((c) => c.includes('CREATE (e:AuditEvent)')),
    ).toBe(true);
  });

  it('has no application Cypher outside server/audit/ that names an audit node', () => {
    const outside = sources.filter((s) => !s.file.startsWith(`audit${path.sep}`) && !s.file.endsWith('.test.ts'));
    const offending = outside.flatMap((s) =>
      s.cypher.filter(touchesAudit).map((cypher) => `${s.file}: ${cypher.trim()}`),
    );
    expect(offending).toEqual([]);
  });

  it('has no statement anywhere in server/ that changes or deletes an audit event', () => {
    const offending = sources.flatMap((s) =>
      s.cypher.flatMap((cypher) => auditViolations(cypher).map((problem) => `${s.file}: ${problem}: ${cypher.trim()}`)),
    );
    expect(offending).toEqual([]);
  });
});

describe('the scan', () => {
  it('finds Cypher in string, template and substituted template literals, and bare labels', () => {
    const source =
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the source of a template literal, as the scan reads it
      "const a = 'MATCH (n) RETURN n'; const b = `CREATE (x)`; const c = `MATCH (n:${label}) RETURN n`; const d = 'AuditHead'; const e = 'hello';";
    expect(cypherIn('x.ts', source)).toEqual(['MATCH (n) RETURN n', 'CREATE (x)', 'MATCH (n:§) RETURN n', 'AuditHead']);
  });

  it('allows the creation of an event and the move of the head', () => {
    expect(
      auditViolations(
        'MATCH (head:AuditHead) CREATE (e:AuditEvent) SET e = $event, e.at = datetime() SET head.seq = 1',
      ),
    ).toEqual([]);
  });

  it.each([
    ['MATCH (e:AuditEvent {seq: 3}) SET e.message = "x"', 'SETs the existing AuditEvent "e"'],
    ['MATCH (e) WHERE e:AuditEvent SET e += $props', 'SETs the existing AuditEvent "e"'],
    ['MERGE (e:AuditEvent {seq: 3}) ON MATCH SET e.username = null', 'SETs the existing AuditEvent "e"'],
    ['MATCH (e:AuditEvent) DETACH DELETE e', 'deletes or removes in a statement on the audit log'],
    ['MATCH (e:AuditEvent) REMOVE e.hash', 'deletes or removes in a statement on the audit log'],
    ['MATCH (n) DETACH DELETE n', 'DELETEs "n", a node matched with no label'],
  ])('flags %s', (cypher, problem) => {
    expect(auditViolations(cypher)).toContain(problem);
  });
});
