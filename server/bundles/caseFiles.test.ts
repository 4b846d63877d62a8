import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { adminViewer } from '../../test/helpers/api.js';
import { removeByPrefix, testGraph, uniquePrefix } from '../../test/helpers/graph.js';
import { getCase } from '../cases/case.service.js';
import { revisePlan } from '../cases/plan.service.js';
import { BundleInvalidError } from '../shared/errors.js';
import { caseKeys, fileOf } from './bundle.types.js';
import { exportBundle } from './export.js';
import { importBundle } from './import.js';
import { csv, readBundleFolderTexts, smallCases, smallTown, writeBundleFolder } from './testBundles.js';
import { countUnder } from './testGraphState.js';

const prefixes: string[] = [];
function prefix(): string {
  const p = uniquePrefix();
  prefixes.push(p);
  return p;
}
afterEach(async () => {
  const graph = await testGraph();
  for (const p of prefixes.splice(0)) await removeByPrefix(graph, p);
});

const tempFolder = () => fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-cases-'));

async function supportUnder(p: string) {
  const graph = await testGraph();
  const [row] = await graph.read<Record<string, number>>(
    `CALL () { MATCH (c:Case) WHERE c.id STARTS WITH $p RETURN count(c) AS cases }
     CALL () { MATCH (x:Plan|PlanItem|Monitoring) WHERE x.id STARTS WITH $p RETURN count(x) AS records }
     CALL () { MATCH (m:Meeting) WHERE m.id STARTS WITH $p RETURN count(m) AS meetings }
     RETURN cases, records, meetings`,
    { p },
  );
  return row;
}

describe('the support files of a bundle', () => {
  it('imports cases, キーパーソン history, plan versions, monitoring and meetings as the server writes them', async () => {
    const graph = await testGraph();
    const p = prefix();
    const counts = await importBundle(graph, writeBundleFolder({ ...smallTown(p), ...smallCases(p) }));
    expect(counts).toMatchObject({
      ...{ 'cases.csv': 2, 'key_persons.csv': 2, 'plans.csv': 2, 'plan_items.csv': 4 },
      ...{ 'monitoring.csv': 2, 'monitoring_outcomes.csv': 2, 'meetings.csv': 1, 'agenda.csv': 1 },
    });
    const active = await getCase(graph, adminViewer, `${p}case1`);
    expect(active).toMatchObject({
      subject: { id: `${p}h1`, kind: 'Household' },
      status: 'ACTIVE',
      route: 'COMMUNITY',
      referrer: { id: `${p}p2` },
      keyPerson: { id: `${p}p5` },
      keyPersonHistory: [
        { person: { id: `${p}p4` }, since: '2024-01-05', until: '2024-02-01' },
        { person: { id: `${p}p5` }, since: '2024-02-01', until: null },
      ],
      direction: '世帯全体を支える',
      reviewOn: '2024-06-01',
      plan: { version: 2, note: '見直し', decidedAt: `${p}meet1` },
    });
    expect(active.plans[1].decidedAt).toBeNull();
    expect(active.team.map((party) => party.id).sort()).toEqual([`${p}o1`, `${p}o2`]);
    expect(active.plans.map((plan) => plan.version)).toEqual([2, 1]);
    expect(active.plan?.items.map((item) => [item.what, item.status, item.field])).toEqual([
      ['訪問を続ける', 'ONGOING', 'ELDERLY'],
      ['サロンへ誘う', 'PLANNED', 'COMMUNITY'],
      ['家族で話し合う', 'PLANNED', null],
    ]);
    expect(active.monitoring[0]).toMatchObject({
      on: '2024-04-15',
      followUp: false,
      outcomes: [
        { itemId: `${p}item3`, outcome: 'まだ参加なし' },
        { itemId: `${p}item2`, outcome: '週1回訪問できている' },
      ],
    });
    // each item stands on its tie: o1's from ties.csv, and o2's, which the item made and so carries
    const ties = await graph.read<{ from: string; id: string; planItemId: string | null; caseId: string | null }>(
      `MATCH (o)-[r:SUPPORTS]->(:Household {id: $h}) RETURN o.id AS from, r.id AS id, r.planItemId AS planItemId,
       r.caseId AS caseId ORDER BY from`,
      { h: `${p}h1` },
    );
    expect(ties.map(({ from, planItemId, caseId }) => [from, planItemId, caseId])).toEqual([
      [`${p}o1`, null, null],
      [`${p}o2`, `${p}item3`, `${p}case1`],
    ]);
    expect(active.plan?.items.map((item) => item.tieId)).toEqual([ties[0].id, ties[1].id, null]);

    const closed = await getCase(graph, adminViewer, `${p}case2`);
    expect(closed).toMatchObject({
      status: 'CLOSED',
      route: 'SELF',
      closedOn: '2023-09-30',
      closeReason: 'GOAL_MET',
      followUpOn: '2024-03-31',
      followUpDoneOn: '2024-04-01',
      monitoring: [{ followUp: true, seen: '就労を続けている' }],
    });
    const [meeting] = await graph.read<Record<string, unknown>>(
      `MATCH (m:Meeting {id: $id})-[:OF]->(c:Council)
       RETURN c.id AS council, m.basis AS basis, m.nextOn AS nextOn,
              [(m)-[:ATTENDED_BY]->(x) | x.id] AS attendees,
              [(m)-[d:DISCUSSED]->(k:Case) | [k.id, d.decision]] AS agenda`,
      { id: `${p}meet1` },
    );
    expect(meeting).toMatchObject({ council: `${p}c1`, basis: 'SUPPORT_MEETING', nextOn: '2024-06-01' });
    expect((meeting.attendees as string[]).sort()).toEqual([`${p}o1`, `${p}o2`, `${p}p2`]);
    expect(meeting.agenda).toEqual([[`${p}case1`, 'プランを見直す']]);
  });

  it('exports every support file and gives the same bytes after export → import → export', async () => {
    const graph = await testGraph();
    const p = prefix();
    await importBundle(graph, writeBundleFolder({ ...smallTown(p), ...smallCases(p) }));
    const first = tempFolder();
    const counts = await exportBundle(graph, first, { rootAreaId: `${p}city` });
    expect(counts).toMatchObject({
      'cases.csv': 2,
      'plan_items.csv': 4,
      'monitoring_outcomes.csv': 2,
      'agenda.csv': 1,
    });
    const files = readBundleFolderTexts(first);
    const unprefixed = (name: string) => files[name].replaceAll(p, '');
    expect(unprefixed('cases.csv')).toBe(
      csv(
        'id,subject_id,status,opened_on,opened_by,route,referrer_id,referrer_note,team,direction,review_on,closed_on,close_reason,close_note,follow_up_on,follow_up_done_on,created_at,updated_at',
        'case1,h1,ACTIVE,2024-01-05,admin,COMMUNITY,p2,,o1;o2,世帯全体を支える,2024-06-01,,,,,,2024-01-05T09:00:00.000Z,',
        'case2,p3,CLOSED,2023-04-01,admin,SELF,,窓口に来所,o2,,,2023-09-30,GOAL_MET,就労を始めた,2024-03-31,2024-04-01,,',
      ),
    );
    expect(unprefixed('plan_items.csv')).toBe(
      csv(
        'id,plan_id,position,who_id,what,field,start_on,review_on,status,tie,tie_since',
        'item1,plan1,0,o1,訪問,ELDERLY,2024-01-20,2024-03-01,DONE,,',
        'item2,plan2,0,o1,訪問を続ける,ELDERLY,2024-03-01,2024-06-01,ONGOING,FOUND,2024-01-10',
        'item3,plan2,1,o2,サロンへ誘う,COMMUNITY,2024-03-01,2024-06-01,PLANNED,MADE,2024-03-01',
        'item4,plan2,2,h1,家族で話し合う,,2024-03-01,,PLANNED,,',
      ),
    );
    expect(unprefixed('key_persons.csv')).toBe(
      csv(
        'case_id,person_id,since,until,by,meeting_id',
        'case1,p4,2024-01-05,2024-02-01,admin,',
        'case1,p5,2024-02-01,,admin,',
      ),
    );
    // the plan decided at the meeting names it; the agenda lists that and the team change it decided
    expect(unprefixed('plans.csv')).toBe(
      csv(
        'id,case_id,version,made_on,made_by,note,meeting_id',
        'plan1,case1,1,2024-01-20,admin,,',
        'plan2,case1,2,2024-03-01,admin,見直し,meet1',
      ),
    );
    expect(unprefixed('agenda.csv')).toBe(
      csv('meeting_id,case_id,position,decision,revised', 'meet1,case1,0,プランを見直す,PLAN;TEAM'),
    );
    expect(unprefixed('monitoring_outcomes.csv')).toBe(
      csv('monitoring_id,item_id,outcome', 'mon1,item3,まだ参加なし', 'mon1,item2,週1回訪問できている'),
    );
    expect(unprefixed('meetings.csv')).toBe(
      csv(
        'id,council_id,on,basis,attendees,minutes,next_on,recorded_by,recorded_at',
        'meet1,c1,2024-03-01,SUPPORT_MEETING,o1;o2;p2,プランを見直した,2024-06-01,admin,',
      ),
    );
    await importBundle(graph, first);
    const second = tempFolder();
    await exportBundle(graph, second, { rootAreaId: `${p}city` });
    expect(readBundleFolderTexts(second)).toEqual(files);
  });

  it('keeps what a plan made: a revision after the import ends the tie an imported item made, not the one it found', async () => {
    const graph = await testGraph();
    const p = prefix();
    await importBundle(graph, writeBundleFolder({ ...smallTown(p), ...smallCases(p) }));
    const revised = await revisePlan(
      graph,
      adminViewer,
      `${p}case1`,
      [{ whoId: `${p}o1`, what: '訪問を続ける', startOn: '2024-03-01', status: 'ONGOING' }],
      null,
    );
    expect(revised.plan?.version).toBe(3);
    const ties = await graph.read<{ from: string; until: string | null }>(
      'MATCH (o)-[r:SUPPORTS]->(:Household {id: $h}) RETURN o.id AS from, r.until AS until ORDER BY from',
      { h: `${p}h1` },
    );
    expect(ties[0]).toEqual({ from: `${p}o1`, until: null });
    expect(ties[1].from).toBe(`${p}o2`);
    expect(ties[1].until).not.toBeNull();
  });

  it('refuses a plan decided at a meeting that did not discuss its case, located at its meeting_id', async () => {
    const graph = await testGraph();
    const p = prefix();
    const files = { ...smallTown(p), ...smallCases(p) };
    files['agenda.csv'] = csv('meeting_id,case_id,position,decision', `${p}meet1,${p}case2,0,終結を確認`);
    const error = await importBundle(graph, writeBundleFolder(files)).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(BundleInvalidError);
    expect((error as BundleInvalidError).problems).toEqual([
      {
        file: 'plans.csv',
        line: 3,
        column: 7,
        columnName: 'meeting_id',
        value: `${p}meet1`,
        message: `the meeting "${p}meet1" did not discuss the case "${p}case1" (agenda.csv); a decision belongs to a meeting that had it on its agenda`,
      },
    ]);
    expect(await supportUnder(p)).toEqual({ cases: 0, records: 0, meetings: 0 });
  });

  it('writes nothing at all when one row of monitoring.csv is bad', async () => {
    const graph = await testGraph();
    const p = prefix();
    const files = { ...smallTown(p), ...smallCases(p) };
    files['monitoring.csv'] = `${files['monitoring.csv']}${p}mon3,${p}case1,2023-12-31,社協,開く前,,,admin,\n`;
    const error = await importBundle(graph, writeBundleFolder(files)).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(BundleInvalidError);
    expect((error as BundleInvalidError).problems).toEqual([
      {
        file: 'monitoring.csv',
        line: 4,
        column: 3,
        columnName: 'on',
        value: '2023-12-31',
        message: 'on (2023-12-31) is before the case was opened (2024-01-05)',
      },
    ]);
    expect(await countUnder(graph, p)).toEqual({ nodes: 0, edges: 0 });
    expect(await supportUnder(p)).toEqual({ cases: 0, records: 0, meetings: 0 });
  });

  it('changes nothing when the same bundle is imported again, and adds to cases the database holds', async () => {
    const graph = await testGraph();
    const p = prefix();
    const folder = writeBundleFolder({ ...smallTown(p), ...smallCases(p) });
    await importBundle(graph, folder);
    const before = await countUnder(graph, p);
    await importBundle(graph, folder);
    expect(await countUnder(graph, p)).toEqual(before);
    // a later bundle of only a monitoring record, for a case the database holds
    await importBundle(
      graph,
      writeBundleFolder({
        'monitoring.csv': csv('id,case_id,on,who,seen', `${p}mon9,${p}case1,2024-06-01,北包括,見直しの時期`),
      }),
    );
    const active = await getCase(graph, adminViewer, `${p}case1`);
    expect(active.monitoring.map((record) => record.id)).toEqual([`${p}mon9`, `${p}mon1`]);
    await expect(
      importBundle(
        graph,
        writeBundleFolder({
          'monitoring.csv': csv('id,case_id,on,who,seen', `${p}mon10,${p}case1,2023-06-01,北包括,開く前`),
        }),
      ),
    ).rejects.toThrow('on (2023-06-01) is before the case was opened (2024-01-05)');
  });

  it('exports the support files with their headers when there is no case, and a bundle without them still imports', async () => {
    const graph = await testGraph();
    const p = prefix();
    await importBundle(graph, writeBundleFolder(smallTown(p)));
    const folder = tempFolder();
    const counts = await exportBundle(graph, folder, { rootAreaId: `${p}city` });
    for (const key of caseKeys) expect(counts[fileOf(key)]).toBe(0);
    expect(readBundleFolderTexts(folder)['agenda.csv']).toBe('meeting_id,case_id,position,decision,revised\n');
  });
});
