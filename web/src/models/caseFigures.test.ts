import { describe, expect, it } from 'vitest';
import type { CaseRoute, CloseReason } from '../gql/graphql';
import {
  type CaseFigures,
  caseSummaryTable,
  casesByRouteTable,
  closedByReasonTable,
  meetingsTable,
  periodLabel,
} from './caseFigures';
import type { Count } from './counts';
import { tableCsv } from './reportTables';

const count = (value: number): Count => ({ value, masked: false, text: String(value) });
const under5: Count = { value: null, masked: true, text: '5未満' };
const routes = ['SELF', 'FAMILY', 'ACQUAINTANCE', 'COMMUNITY', 'AGENCY', 'GOVERNMENT', 'OUTREACH'] as CaseRoute[];
const reasons = ['GOAL_MET', 'HANDED_OVER', 'MOVED', 'DIED', 'PERSONS_WISH', 'OTHER'] as CloseReason[];

function figures(fiscalYear: number, over: Partial<CaseFigures> = {}): CaseFigures {
  return {
    fiscalYear,
    from: `${fiscalYear}-04-01`,
    to: `${fiscalYear}-12-02`,
    newCases: count(50),
    newCasesByRoute: routes.map((route, i) => ({ route, cases: count([10, 8, 6, 9, 10, 7, 0][i]) })),
    communityRoutes: ['ACQUAINTANCE', 'COMMUNITY'] as CaseRoute[],
    communityCases: count(15),
    communityShare: { value: 0.3, masked: false },
    closedCases: count(20),
    closedByReason: reasons.map((reason, i) => ({
      reason,
      cases: [count(12), count(8), under5, under5, count(0), count(0)][i],
    })),
    firstPlans: count(30),
    planRevisions: count(12),
    meetingsByCouncil: [{ councilId: 'k', name: '南の地域ケア会議', meetings: 8 }],
    multiNeedHouseholds: count(9),
    followUpsDue: count(10),
    followUpsOnTime: count(8),
    followUpOnTimeRate: { value: 0.8, masked: false },
    ...over,
  };
}

describe('case figure tables', () => {
  const now = figures(2026);
  const before = figures(2025, {
    communityCases: under5,
    communityShare: { value: null, masked: true },
    meetingsByCouncil: [],
  });

  it('heads each year’s column with its 年度 and the days counted', () => {
    expect(periodLabel(now)).toEqual({ ja: '2026年度（4/1〜12/2）', en: 'FY2026 (2026-04-01 to 2026-12-02)' });
  });

  it('writes this year beside the last, masked counts and hidden shares as the screen shows them', () => {
    expect(caseSummaryTable(now, before, 'ja').rows.slice(0, 3)).toEqual([
      ['新規ケース', '50', '50'],
      ['うち地域から（知人・近隣、民生委員・地域）', '15', '5未満'],
      ['地域からの割合', '30.0%', '非表示'],
    ]);
    expect(casesByRouteTable(now, undefined, 'en').rows[3]).toEqual(['Welfare commissioner or community', '9']);
    expect(closedByReasonTable(now, before, 'ja').rows[2]).toEqual(['転居', '5未満', '5未満']);
    // a council with no meeting last year shows 0, not a gap
    expect(meetingsTable(now, before, 'ja').rows).toEqual([['南の地域ケア会議', '8', '0']]);
  });

  it('downloads the summary as the CSV Excel opens: BOM, CRLF, the same header and cells', () => {
    const csv = tableCsv(caseSummaryTable(now, before, 'ja'), 'ja');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('\uFEFF項目,2026年度（4/1〜12/2）,2025年度（4/1〜12/2）');
    expect(lines[1]).toBe('新規ケース,50,50');
    expect(lines[10]).toBe('終結後の確認：期限内の割合,80.0%,80.0%');
    expect(lines).toHaveLength(12);
  });
});
