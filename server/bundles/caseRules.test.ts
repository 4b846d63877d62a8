import { describe, expect, it } from 'vitest';
import type { BundleKey, BundleProblem } from './bundle.types.js';
import { parseBundle } from './parse.js';
import { parseTable } from './read.js';
import type { ExistingRecord } from './rules/rule.types.js';
import { csv, smallCases, smallTown } from './testBundles.js';
import { checkBundle, sortProblems } from './validate.js';

const located = (p: BundleProblem) => `${p.file}:${p.line}:${p.column} (${p.columnName}) ${p.value} — ${p.message}`;

/** Parses and checks the files; every problem as `file:line:column (column) value — message`. */
function problems(files: Record<string, string>, records: Record<string, ExistingRecord> = {}): string[] {
  const tables = Object.entries(files).map(
    ([name, text]) => parseTable(name.replace('.csv', '') as BundleKey, text).table,
  );
  const parsed = parseBundle({ tables, problems: [] });
  const checked = checkBundle(parsed.bundle, new Map(), { records: new Map(Object.entries(records)) });
  return sortProblems([...parsed.problems, ...checked]).map(located);
}

const town = (changes: Record<string, string> = {}) => ({ ...smallTown('x-'), ...smallCases('x-'), ...changes });
const header = (name: string) => smallCases('x-')[name].split('\n')[0];

describe('the support files, parsed and checked', () => {
  it('pass when consistent', () => {
    expect(problems(town())).toEqual([]);
  });

  it('refuse a status, route, close reason, item status or basis outside the vocabulary, at its cell', () => {
    const found = problems(
      town({
        'cases.csv': csv(
          header('cases.csv'),
          'x-case1,x-h1,DONE,2024-01-05,,窓口,,,,,,,,,,,,',
          'x-case2,x-p3,CLOSED,2023-04-01,,SELF,,,,,,2023-09-30,卒業,,,,,',
        ),
        'plan_items.csv': csv(header('plan_items.csv'), 'x-item1,x-plan1,0,x-o1,訪問,,2024-01-20,,済み,,'),
        'meetings.csv': csv(header('meetings.csv'), 'x-meet1,x-c1,2024-03-01,会議,,,,,'),
      }),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^cases\.csv:2:3 .*"DONE" is not a known case status; expected INTAKE \(受付\)/),
        expect.stringMatching(/^cases\.csv:2:6 .*"窓口" is not a known route \(相談経路\)/),
        expect.stringMatching(/^cases\.csv:3:13 .*"卒業" is not a known close reason; expected GOAL_MET \(目標達成\)/),
        expect.stringMatching(/^plan_items\.csv:2:9 .*"済み" is not a known plan item status/),
        expect.stringMatching(/^meetings\.csv:2:4 .*"会議" is not a known meeting basis; expected SUPPORT_MEETING/),
      ]),
    );
  });

  it('refuse dates before the case was opened, and reviews before what they review', () => {
    const found = problems(
      town({
        'plans.csv': csv(header('plans.csv'), 'x-plan1,x-case1,1,2023-12-01,,,', 'x-plan2,x-case1,2,2024-03-01,,,'),
        'key_persons.csv': csv(header('key_persons.csv'), 'x-case1,x-p4,2024-02-01,2024-01-31,'),
        'plan_items.csv': csv(
          header('plan_items.csv'),
          'x-item1,x-plan1,0,x-o1,訪問,,2024-01-20,2024-01-19,,,',
          'x-item2,x-plan2,0,x-o1,訪問,,2023-01-01,,,,',
        ),
      }),
    );
    expect(found).toEqual([
      expect.stringMatching(/^key_persons\.csv:2:4 .*until \(2024-01-31\) is before the term began \(2024-02-01\)/),
      expect.stringMatching(/^plans\.csv:2:4 .*made_on \(2023-12-01\) is before the case was opened \(2024-01-05\)/),
      expect.stringMatching(/^plan_items\.csv:2:8 .*review_on \(2024-01-19\) is before the item starts/),
      expect.stringMatching(/^plan_items\.csv:3:7 .*start_on \(2023-01-01\) is before the case was opened/),
      // an outcome names an item no longer in the bundle
      expect.stringMatching(/^monitoring_outcomes\.csv:2:2 .*"x-item3" names no PlanItem/),
    ]);
  });

  it('refuse a plan for an unknown case and an unknown person on a team, and accept a case the database holds', () => {
    const files = town({
      'plans.csv': csv(header('plans.csv'), 'x-plan1,x-case1,1,2024-01-20,,,', 'x-plan2,x-case9,1,2024-03-01,,,'),
      'cases.csv': csv(header('cases.csv'), 'x-case1,x-h1,ACTIVE,2024-01-05,,SELF,,,x-o1;x-p9;x-c1,,,,,,,,,'),
    });
    delete (files as Record<string, string>)['monitoring.csv'];
    delete (files as Record<string, string>)['monitoring_outcomes.csv'];
    delete (files as Record<string, string>)['agenda.csv'];
    expect(problems(files)).toEqual([
      'cases.csv:2:9 (team) x-p9 — "x-p9" names no Person or Organization in the bundle or the database',
      'cases.csv:2:9 (team) x-c1 — "x-c1" is a Council; team must name a Person or an Organization',
      'plans.csv:3:2 (case_id) x-case9 — "x-case9" names no Case in the bundle or the database',
    ]);
    const held = {
      'x-case9': { label: 'Case', caseId: 'x-case9', subjectId: 'x-h1', openedOn: '2024-02-01' },
    } as const;
    expect(problems(files, held).filter((line) => line.startsWith('plans.csv'))).toEqual([]);
  });

  it('refuse what does not fit the status: a closed case without a reason, a closing of an open one', () => {
    const found = problems(
      town({
        'cases.csv': csv(
          header('cases.csv'),
          'x-case1,x-h1,ACTIVE,2024-01-05,,SELF,,,,,,2024-05-01,,,,,,',
          'x-case2,x-p3,CLOSED,2023-04-01,,SELF,,,,,,2023-09-30,,,2023-09-01,,,',
        ),
      }),
    );
    expect(found).toEqual([
      expect.stringMatching(
        /^cases\.csv:2:12 \(closed_on\) 2024-05-01 — only a closed case \(CLOSED 終結\) has closed_on/,
      ),
      expect.stringMatching(/^cases\.csv:3:13 \(close_reason\) {2}— a closed case \(CLOSED 終結\) has a close_reason/),
      expect.stringMatching(
        /^cases\.csv:3:15 .*follow_up_on \(2023-09-01\) is before the case was closed \(2023-09-30\)/,
      ),
    ]);
  });

  it('refuse an item standing on a tie nobody holds, a plan version twice, two current キーパーソン', () => {
    const found = problems(
      town({
        'ties.csv': smallTown('x-')['ties.csv'],
        'plans.csv': csv(header('plans.csv'), 'x-plan1,x-case1,1,2024-01-20,,,', 'x-plan2,x-case1,1,2024-03-01,,,'),
        'key_persons.csv': csv(header('key_persons.csv'), 'x-case1,x-p4,2024-01-05,,', 'x-case1,x-p5,2024-02-01,,'),
      }),
    );
    expect(found).toEqual([
      'key_persons.csv:3:4 (until)  — the case "x-case1" already has a キーパーソン without an end at key_persons.csv:2; end one with until',
      'plans.csv:3:3 (version) 1 — the case "x-case1" already has a plan of version 1 at plans.csv:2',
      'plan_items.csv:4:10 (tie) MADE — no tie x-o2 -SUPPORTS-> x-h1 since 2024-03-01 in ties.csv or the database for this item to stand on',
    ]);
  });

  it('refuse a meeting of an unknown council, an unknown case on its agenda, and a next date not after it', () => {
    const found = problems(
      town({
        'meetings.csv': csv(header('meetings.csv'), 'x-meet1,x-c9,2024-03-01,SUPPORT_MEETING,x-o1,,2024-03-01,,'),
        'agenda.csv': csv(header('agenda.csv'), 'x-meet1,x-case1,0,,', 'x-meet1,x-case7,1,,'),
      }),
    );
    expect(found).toEqual([
      'meetings.csv:2:2 (council_id) x-c9 — "x-c9" names no Council in the bundle or the database',
      'meetings.csv:2:7 (next_on) 2024-03-01 — next_on (2024-03-01) is not after the meeting (2024-03-01)',
      'agenda.csv:3:2 (case_id) x-case7 — "x-case7" names no Case in the bundle or the database',
    ]);
  });

  it('refuse a キーパーソン who is no professional, by their roles in the bundle or the database', () => {
    const files = town({ 'key_persons.csv': csv(header('key_persons.csv'), 'x-case1,x-p2,2024-01-05,,') });
    expect(problems(files)).toEqual([
      'key_persons.csv:2:2 (person_id) x-p2 — "x-p2" is no professional (PROFESSIONAL, CSW, COORDINATOR); a キーパーソン holds the case as one',
    ]);
    const withoutPeople = { ...files } as Record<string, string>;
    delete withoutPeople['people.csv'];
    const held = (roles: string[]) => new Map([['x-p2', { kind: 'Person' as const, tier: null, roles }]]);
    const tables = Object.entries(withoutPeople).map(
      ([name, text]) => parseTable(name.replace('.csv', '') as BundleKey, text).table,
    );
    const { bundle } = parseBundle({ tables, problems: [] });
    const fromDatabase = (roles: string[]) =>
      checkBundle(bundle, held(roles)).filter((problem) => problem.file === 'key_persons.csv').length;
    expect(fromDatabase(['MINSEI_IIN'])).toBe(1);
    expect(fromDatabase(['CSW'])).toBe(0);
  });

  it("refuse an outcome of another case's item", () => {
    const found = problems(
      town({ 'monitoring_outcomes.csv': csv(header('monitoring_outcomes.csv'), 'x-mon2,x-item2,見ていない') }),
    );
    expect(found).toEqual([
      'monitoring_outcomes.csv:2:2 (item_id) x-item2 — "x-item2" is an item of the case "x-case1", not of "x-case2" that x-mon2 monitors',
    ]);
  });

  it('refuse a support record whose id is a node of the town, and a required column left out', () => {
    const found = problems(
      town({
        'monitoring.csv': csv('id,case_id,on,who', 'x-p1,x-case1,2024-04-15,社協'),
        'monitoring_outcomes.csv': csv(header('monitoring_outcomes.csv')),
      }),
    );
    expect(found).toEqual([
      'monitoring.csv:1:0 (seen)  — the header lacks the required column "seen"',
      'monitoring.csv:2:1 (id) x-p1 — the id "x-p1" is already a Person of the town',
    ]);
  });
});
