/**
 * The matrix for support cases: a case is seen exactly when its subject is seen in detail; PLANNER and
 * COUNCIL_MEMBER get no case (FORBIDDEN); a restricted subject's case does not exist for anyone but ADMIN and the
 * coordinators named for them; a coordinator changes only cases whose subject lies in their areas; every read of
 * a case records its subject's disclosure.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type Answer, run } from '../helpers/api.js';
import { expected, testPolicyTown, type ViewerName, viewerNames } from './town.js';

const t = testPolicyTown();
const code = (answer: Answer) => answer.errors?.[0]?.extensions?.code;

const subjects = ['none', 'pro', 'res'] as const;
type Subject = (typeof subjects)[number];
const caseOf: Partial<Record<Subject, string>> = {};

/** Who sees the case of each subject: whoever sees its subject in detail (the policy town's table). */
const sees = Object.fromEntries(
  viewerNames.map((viewer) => [
    viewer,
    Object.fromEntries(subjects.map((s) => [s, expected[viewer][s] === 'DETAILS'])),
  ]),
) as Record<ViewerName, Record<Subject, boolean>>;
const seesCases = (viewer: ViewerName) => !['planner', 'councilA', 'councilB'].includes(viewer);
/** Who may change it: ADMIN, or a coordinator of A who sees the subject. */
const writes: Record<Subject, ViewerName[]> = {
  none: ['admin', 'coordA', 'named'],
  pro: ['admin', 'coordA', 'named'],
  res: ['admin', 'named'],
};

beforeAll(async () => {
  for (const subject of subjects) {
    const answer = await run(
      t.viewer('admin'),
      'mutation($s: ID!) { openCase(input: {subjectId: $s, route: SELF, direction: "方針の文"}) { id } }',
      { s: t.id(subject) },
    );
    expect(answer.errors).toBeUndefined();
    caseOf[subject] = answer.data!.openCase.id;
  }
});

describe.each(viewerNames)('as %s', (viewer) => {
  const v = () => t.viewer(viewer);

  it.each(subjects)('case(id) of the %s person is shown exactly when its subject is', async (subject) => {
    const answer = await run(v(), 'query($id: ID!) { case(id: $id) { id subject { id name } direction } }', {
      id: caseOf[subject],
    });
    if (!seesCases(viewer)) {
      expect(code(answer)).toBe('FORBIDDEN');
      expect(answer.data).toBeNull();
    } else if (sees[viewer][subject]) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.case).toEqual({
        id: caseOf[subject],
        subject: { id: t.id(subject), name: t.name(subject) },
        direction: '方針の文',
      });
    } else {
      // the same answer as a case that does not exist: nothing tells that there is one
      expect(code(answer)).toBe('NOT_FOUND');
      expect(JSON.stringify(answer)).not.toContain(t.name(subject));
    }
  });

  it('cases(areaId) lists only the cases whose subjects the viewer sees', async () => {
    const answer = await run(v(), 'query($a: ID!) { cases(areaId: $a) { id subject { id } } }', { a: t.id('m') });
    if (!seesCases(viewer)) {
      expect(code(answer)).toBe('FORBIDDEN');
      return;
    }
    if (viewer !== 'admin') {
      // the municipality is outside every non-admin's areas here
      expect(code(answer)).toBe('FORBIDDEN');
      const inA = await run(v(), 'query($a: ID!) { cases(areaId: $a) { id } }', { a: t.id('A') });
      if (viewer === 'coordB') return expect(code(inA)).toBe('FORBIDDEN');
      const ids = inA.data!.cases.map((c: { id: string }) => c.id).sort();
      expect(ids).toEqual(
        subjects
          .filter((s) => sees[viewer][s])
          .map((s) => caseOf[s])
          .sort(),
      );
      return;
    }
    const ids = answer.data!.cases.map((c: { id: string }) => c.id);
    for (const subject of subjects) expect(ids).toContain(caseOf[subject]);
  });

  it.each(subjects)('changes the case of the %s person only when the write policy allows', async (subject) => {
    const answer = await run(v(), 'mutation($id: ID!) { updateCase(id: $id, input: {direction: "方針の文"}) { id } }', {
      id: caseOf[subject],
    });
    if (writes[subject].includes(viewer)) {
      expect(answer.errors).toBeUndefined();
      return;
    }
    expect(answer.data).toBeNull();
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(code(answer));
    if (!sees[viewer][subject]) expect(code(answer)).not.toBe(undefined);
    if (viewer === 'planner' || viewer.startsWith('council') || viewer === 'coordB') {
      // coordB sees the PROFESSIONALS person's case but it lies outside B
      expect(code(answer)).toBe(subject === 'pro' || !seesCases(viewer) ? 'FORBIDDEN' : 'NOT_FOUND');
    }
  });

  it('opens, plans, monitors and closes nothing when its role may not write', async () => {
    if (seesCases(viewer)) return;
    const id = caseOf.pro;
    const attempts = [
      run(v(), 'mutation($s: ID!) { openCase(input: {subjectId: $s, route: SELF}) { id } }', { s: t.id('com') }),
      run(
        v(),
        'mutation($id: ID!, $w: ID!) { revisePlan(caseId: $id, items: [{whoId: $w, what: "x", startOn: "2025-01-01"}]) { id } }',
        {
          id,
          w: t.id('oA'),
        },
      ),
      run(v(), 'mutation($id: ID!) { recordMonitoring(caseId: $id, input: {who: "x", seen: "y"}) { id } }', { id }),
      run(v(), 'mutation($id: ID!) { closeCase(id: $id, input: {reason: OTHER}) { id } }', { id }),
    ];
    for (const answer of await Promise.all(attempts)) expect(code(answer)).toBe('FORBIDDEN');
  });
});

describe('the record of case reads', () => {
  it('records the subject as disclosed in detail when a coordinator reads the case', async () => {
    const viewer = t.viewer('coordA');
    await run(viewer, 'query($id: ID!) { case(id: $id) { id } }', { id: caseOf.pro });
    const [event] = await t.graph.read<{ personIds: string[] }>(
      `MATCH (e:AuditEvent {kind: 'DISCLOSURE', action: 'case', username: $u, level: 'DETAILS'})
       RETURN e.personIds AS personIds ORDER BY e.seq DESC LIMIT 1`,
      { u: viewer.username },
    );
    expect(event.personIds).toContain(t.id('pro'));
  });
});
