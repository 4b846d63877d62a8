import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeByPrefix, testGraph, uniquePrefix } from '../../test/helpers/graph.js';
import { formatBundleProblem } from '../shared/errors.js';
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
    expect(Object.keys(bundle)).toHaveLength(7);
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
