import { describe, expect, it } from 'vitest';
import { auditPage, auditPageSize, auditVariables, changeValue, emptyAuditFilter, seesAuditTrail } from './audit';
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

  it("shows a person's trail to ADMIN, and to a coordinator only inside their assigned areas", () => {
    const nodes = new Map([
      ['hill', { parent: 'east' }],
      ['east', { parent: 'city' }],
      ['vale', { parent: 'west' }],
      ['west', { parent: 'city' }],
      ['city', {}],
    ]);
    const hana = { id: 'hana', kind: 'Person', parent: 'hill' };
    const kenji = { id: 'kenji', kind: 'Person', parent: 'vale' };
    const coordinator = { role: 'COORDINATOR', areaIds: ['east'] };
    expect(seesAuditTrail(coordinator, hana, nodes)).toBe(true);
    expect(seesAuditTrail(coordinator, kenji, nodes)).toBe(false);
    expect(seesAuditTrail(coordinator, { ...hana, anonymous: true }, nodes)).toBe(false);
    expect(seesAuditTrail(coordinator, { id: 'hub', kind: 'Hub', parent: 'hill' }, nodes)).toBe(false);
    expect(seesAuditTrail({ role: 'ADMIN', areaIds: [] }, kenji, nodes)).toBe(true);
    expect(seesAuditTrail({ role: 'PLANNER', areaIds: ['east'] }, hana, nodes)).toBe(false);
    expect(seesAuditTrail({ role: 'COUNCIL_MEMBER', areaIds: ['east'] }, hana, nodes)).toBe(false);
  });

  it('shows a change value as words', () => {
    expect(changeValue('"山田 花子"')).toBe('山田 花子');
    expect(changeValue('["ELDERLY","HEALTH"]')).toBe('ELDERLY、HEALTH');
    expect(changeValue('[]')).toBe('—');
    expect(changeValue(null)).toBe('—');
    expect(changeValue('3')).toBe('3');
  });
});
