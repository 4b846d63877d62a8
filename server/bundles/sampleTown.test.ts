import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { adminViewer } from '../../test/helpers/api.js';
import { removeByPrefix, testGraph, uniquePrefix } from '../../test/helpers/graph.js';
import { prefixedTownCopy } from '../analysis/testing/sampleTown.js';
import { getCase } from '../cases/case.service.js';
import { listMeetings } from '../meetings/meeting.service.js';
import { formatBundleProblem } from '../shared/errors.js';
import { bundleKeys } from './bundle.types.js';
import { parseBundle } from './parse.js';
import { readBundleFolder } from './read.js';
import { loadSampleTown, loadSampleTownIfEmpty, sampleTownFolder } from './sampleTown.js';
import { smallTown, writeBundleFolder } from './testBundles.js';
import { countUnder } from './testGraphState.js';
import { checkBundle } from './validate.js';

const prefixes: string[] = [];
afterEach(async () => {
  const graph = await testGraph();
  for (const p of prefixes.splice(0)) await removeByPrefix(graph, p);
});

describe('sample town', () => {
  it('ships a sample town (seed/sample-town/) that passes every rule on its own', async () => {
    const { bundle, problems } = parseBundle(await readBundleFolder(sampleTownFolder));
    expect([...problems, ...checkBundle(bundle, new Map())].map(formatBundleProblem)).toEqual([]);
    expect(Object.keys(bundle)).toHaveLength(bundleKeys.length);
  });

  it('holds the practitioners’ cases once loaded, as npm start loads it: a plan under review, a 支援会議, a closing to check on', async () => {
    const graph = await testGraph();
    const p = uniquePrefix();
    prefixes.push(p);
    const copy = prefixedTownCopy(sampleTownFolder, p);
    await loadSampleTown(graph, copy);
    const [doubleCare, dv, eightyFifty] = await Promise.all(
      ['case-doublecare', 'case-dv', 'case-8050'].map((id) => getCase(graph, adminViewer, `${p}${id}`)),
    );
    expect(doubleCare).toMatchObject({ subject: { id: `${p}h-doublecare` }, status: 'ACTIVE', reviewOn: '2026-11-20' });
    expect(doubleCare.plans.map((plan) => plan.version)).toEqual([2, 1]);
    expect(doubleCare.keyPerson?.id).toBe(`${p}p-csw-kita`);
    expect(dv).toMatchObject({ subject: { id: `${p}h-dv` }, status: 'ACTIVE', keyPerson: { id: `${p}p-csw-minami` } });
    expect(dv.keyPersonHistory.map((term) => term.person.id)).toEqual([`${p}p-coord-minami`, `${p}p-csw-minami`]);
    expect(eightyFifty).toMatchObject({
      subject: { id: `${p}h-8050` },
      status: 'CLOSED',
      closeReason: 'PERSONS_WISH',
      followUpOn: '2026-11-20',
      followUpDoneOn: null,
    });
    const [meeting] = await listMeetings(graph, adminViewer, `${p}c-juso`, null, null);
    expect(meeting).toMatchObject({ basis: 'SUPPORT_MEETING', on: '2026-11-10', nextOn: '2026-12-08' });
    expect(meeting.agenda).toEqual([expect.objectContaining({ caseId: `${p}case-dv`, withheld: false })]);
  });

  it('loads a bundle folder as the sample town', async () => {
    const graph = await testGraph();
    const p = uniquePrefix();
    prefixes.push(p);
    expect(await loadSampleTown(graph, writeBundleFolder(smallTown(p)))).toMatchObject({
      'areas.csv': 5,
      'ties.csv': 7,
    });
    expect((await countUnder(graph, p)).nodes).toBe(13);
  });

  it('leaves a database that has areas alone', async () => {
    const graph = await testGraph();
    const p = uniquePrefix();
    prefixes.push(p);
    await graph.write('CREATE (:Area {id: $id, name: $name, tier: 1})', { id: `${p}city`, name: '既存市' });
    const other = uniquePrefix();
    prefixes.push(other);
    expect(await loadSampleTownIfEmpty(graph, writeBundleFolder(smallTown(other)))).toBe(false);
    expect((await countUnder(graph, other)).nodes).toBe(0);
  });

  it('says clearly when the sample town folder is missing', async () => {
    const graph = await testGraph();
    const missing = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-')), 'sample-town');
    await expect(loadSampleTown(graph, missing)).rejects.toThrow(
      `the sample town bundle is missing: expected the folder ${missing}`,
    );
  });
});
