import { afterEach, describe, expect, it } from 'vitest';
import { removeByPrefix, testGraph, uniquePrefix } from '../../test/helpers/graph.js';
import { getCase } from '../cases/case.service.js';
import { importBundle } from './import.js';
import { smallCases, smallTown, writeBundleFolder } from './testBundles.js';

const prefixes: string[] = [];
afterEach(async () => {
  const graph = await testGraph();
  for (const p of prefixes.splice(0)) await removeByPrefix(graph, p);
});

describe('support files', () => {
  it('imports', async () => {
    const graph = await testGraph();
    const p = uniquePrefix();
    prefixes.push(p);
    const counts = await importBundle(graph, writeBundleFolder({ ...smallTown(p), ...smallCases(p) }));
    console.log(counts);
    const admin = { username: 'admin', role: 'ADMIN' } as never;
    console.log(JSON.stringify(await getCase(graph, admin, `${p}case1`), null, 1));
  });
});
