import { describe, expect, it } from 'vitest';
import { auditPage, auditPageSize, auditVariables, changeValue, emptyAuditFilter } from './audit';
import { parseRoute, routePath } from './route';

describe('audit screen models', () => {
  it('leaves empty filters out and asks one row past the page', () => {
    expect(auditVariables({ ...emptyAuditFilter, username: ' sato ', kind: 'CHANGE' }, 2)).toEqual({
      username: 'sato',
      kind: 'CHANGE',
      limit: auditPageSize + 1,
      offset: 2 * auditPageSize,
    });
  });

  it('tells from the extra row whether a next page exists', () => {
    const full = Array.from({ length: auditPageSize + 1 }, (_, i) => i);
    expect(auditPage(full)).toEqual({ rows: full.slice(0, auditPageSize), hasNext: true });
    expect(auditPage([1, 2])).toEqual({ rows: [1, 2], hasNext: false });
  });

  it('has the audit screen at /admin/audit', () => {
    expect(parseRoute('/admin/audit')).toEqual({ name: 'audit' });
    expect(routePath({ name: 'audit' })).toBe('/admin/audit');
  });

  it('shows a change value as words', () => {
    expect(changeValue('"山田 花子"')).toBe('山田 花子');
    expect(changeValue('["ELDERLY","HEALTH"]')).toBe('ELDERLY、HEALTH');
    expect(changeValue('[]')).toBe('—');
    expect(changeValue(null)).toBe('—');
    expect(changeValue('3')).toBe('3');
  });
});
