/**
 * The batched import: its batches are invisible until the publish, an update keeps the old data until then, a
 * failed publish leaves nothing, and the leftovers of an import whose writer died go at the next start.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { removeByPrefix, testGraph, uniquePrefix } from '../../test/helpers/graph.js';
import type { Graph, GraphTx } from '../graph/graph.js';
import { ConflictError } from '../shared/errors.js';
import { entityKinds } from '../vocabulary/ties.js';
import { importBundle, importRawBundle } from './import.js';
import { beginImport } from './importRecord.js';
import { removeUnfinishedImports } from './leftovers.js';
import type { FilePlan } from './plan.js';
import type { ProgressEvent } from './progress.js';
import { readBundleFolder } from './read.js';
import { stageSteps } from './stage.js';
import { stageNodes } from './stage.queries.js';
import { csv, smallTown, writeBundleFolder } from './testBundles.js';

const prefixes: string[] = [];
function prefix(): string {
  const p = uniquePrefix();
  prefixes.push(p);
  return p;
}
afterEach(async () => {
  const graph = await testGraph();
  for (const p of prefixes.splice(0)) {
    await removeByPrefix(graph, p);
    await graph.write('MATCH (i:Import) WHERE i.source STARTS WITH $p DELETE i', { p });
  }
});

/**
 * What the app can read under a prefix: nodes with a label of the model, and every edge with such a node at one end
 * (a read may walk from one without naming the label at the other end).
 */
async function liveUnder(graph: Graph, p: string): Promise<string[]> {
  const nodes = await graph.read<{ line: string }>(
    `MATCH (n) WHERE n.id STARTS WITH $p AND any(label IN labels(n) WHERE label IN $labels)
     RETURN labels(n)[0] + ' ' + n.id + ' ' + coalesce(n.name, '') AS line ORDER BY line`,
    { p, labels: entityKinds },
  );
  const edges = await graph.read<{ line: string }>(
    `MATCH (a)-[r]->(b) WHERE a.id STARTS WITH $p
       AND (any(label IN labels(a) WHERE label IN $labels) OR any(label IN labels(b) WHERE label IN $labels))
     RETURN a.id + ' ' + type(r) + ' ' + b.id + ' ' + coalesce(r.until, '') AS line ORDER BY line`,
    { p, labels: entityKinds },
  );
  return [...nodes, ...edges].map((row) => row.line.replaceAll(p, ''));
}

async function stagedUnder(graph: Graph, p: string): Promise<number> {
  const [row] = await graph.read<{ count: number }>(
    'MATCH (n:Staged) WHERE n.id STARTS WITH $p RETURN count(n) AS count',
    { p },
  );
  return row.count;
}

async function importState(graph: Graph, source: string): Promise<string[]> {
  const rows = await graph.read<{ state: string }>('MATCH (i:Import {source: $source}) RETURN i.state AS state', {
    source,
  });
  return rows.map((row) => row.state);
}

/** The people of each audit record an import made (bundle.http.ts writes its CHANGE event there), in order. */
let recorded: string[][] = [];

/**
 * Imports the folder two rows a batch, and once `after` rows are staged runs `meanwhile` (the import waits for it);
 * answers what `meanwhile` answered.
 */
async function importHalting<T>(graph: Graph, folder: string, meanwhile: () => Promise<T>, after = 2): Promise<T> {
  let seen: Promise<T> | undefined;
  const onProgress = (event: ProgressEvent) => {
    if (event.phase !== 'write' || event.rows < after || event.rows >= (event.total ?? 0) || seen) return;
    seen = meanwhile();
    return seen.then(() => {});
  };
  recorded = [];
  const record = async (_tx: GraphTx, _plan: FilePlan[], personIds: string[]) => {
    recorded.push(personIds);
  };
  const raw = await readBundleFolder(folder);
  await importRawBundle(graph, raw, { batchSize: 2, progressEveryMs: 0, onProgress, record, source: folder });
  expect(seen).toBeDefined();
  return seen!;
}

describe('the batched import', () => {
  it('shows none of a new town while its batches are written, and all of it once published', async () => {
    const graph = await testGraph();
    const p = prefix();
    const folder = writeBundleFolder(smallTown(p));
    const during = await importHalting(
      graph,
      folder,
      async () => ({
        live: await liveUnder(graph, p),
        staged: await stagedUnder(graph, p),
        states: await importState(graph, folder),
      }),
      14,
    );
    expect(during.live).toEqual([]);
    // every node of the town (and a first structure edge) was in
    expect(during.staged).toBe(13);
    expect(during.states).toEqual(['started']);
    const after = await liveUnder(graph, p);
    expect(after).toContain('Person p1 山田ハナ');
    expect(after).toContain('p2 WATCHES_OVER p1 ');
    expect(await stagedUnder(graph, p)).toBe(0);
    expect(await importState(graph, folder)).toEqual(['finished']);
    // one audit record, for the import as a whole, in its publish
    expect(recorded).toEqual([[`${p}p1`, `${p}p2`, `${p}p3`]]);
  });

  it('keeps the old data of an update until the publish, then changes it whole', async () => {
    const graph = await testGraph();
    const p = prefix();
    await importBundle(graph, writeBundleFolder(smallTown(p)));
    const before = await liveUnder(graph, p);
    const update = writeBundleFolder({
      'people.csv': csv(
        'id,name,area_id,household_id',
        `${p}p1,山田花子,${p}s1,`,
        `${p}p8,新井ゆき,${p}n1,`,
        `${p}p9,新井一,${p}n1,`,
      ),
      'ties.csv': csv(
        'from_id,to_id,type,since,until,note',
        `${p}p2,${p}p1,WATCHES_OVER,2023-04-01,2025-03-31,`,
        `${p}p8,${p}p9,FAMILY,,,`,
        `${p}p2,${p}p8,WATCHES_OVER,2024-04-01,,`,
      ),
    });
    const during = await importHalting(graph, update, () => liveUnder(graph, p));
    expect(during).toEqual(before);
    const after = await liveUnder(graph, p);
    expect(after).toEqual(
      expect.arrayContaining([
        'Person p1 山田花子',
        'Person p8 新井ゆき',
        'p8 LOCATED_IN n1 ',
        'p1 LOCATED_IN s1 ',
        'p2 WATCHES_OVER p1 2025-03-31',
        'p8 FAMILY p9 ',
        'p2 WATCHES_OVER p8 ',
      ]),
    );
    expect(after).not.toContain('p1 LOCATED_IN n1 ');
  });

  it('leaves nothing when the publish finds the town changed under it', async () => {
    const graph = await testGraph();
    const p = prefix();
    await importBundle(graph, writeBundleFolder(smallTown(p)));
    const before = await liveUnder(graph, p);
    const update = writeBundleFolder({
      'people.csv': csv('id,name,area_id,household_id', `${p}p8,新井ゆき,${p}n1,`, `${p}p9,新井一,${p}n1,`),
      'ties.csv': csv('from_id,to_id,type', `${p}p8,${p}p9,FAMILY`, `${p}p2,${p}p8,WATCHES_OVER`),
    });
    const failed = importHalting(graph, update, async () => {
      await graph.write('MATCH (p:Person {id: $id}) DETACH DELETE p', { id: `${p}p2` });
    });
    await expect(failed).rejects.toThrow(ConflictError);
    await expect(failed).rejects.toThrow(`"${p}p2"`);
    const gone = before.filter((line) => !line.includes('p2'));
    expect(await liveUnder(graph, p)).toEqual(gone);
    expect(await stagedUnder(graph, p)).toBe(0);
    expect(await importState(graph, update)).toEqual(['abandoned']);
    expect(recorded).toEqual([]);
  });

  it('removes at start what an import whose writer died had staged, and leaves a live one alone', async () => {
    const graph = await testGraph();
    const p = prefix();
    const stage = async (source: string) => {
      const importId = await beginImport(graph, source, 2);
      const rows = [{ id: `${p}${source}`, name: 'x' }].map((props) => ({ props }));
      await stageSteps(graph, [{ cypher: stageNodes, rows, params: { label: 'Person' }, file: 'people.csv' }], {
        importId,
        batchSize: 1,
      });
      return importId;
    };
    const dead = await stage(`${p}dead`);
    const live = await stage(`${p}live`);
    // the dead one last renewed itself a minute ago
    await graph.write('MATCH (i:Import {id: $dead}) SET i.aliveAt = datetime() - duration({minutes: 1})', { dead });
    const { removed, leftAlone } = await removeUnfinishedImports(graph);
    expect(removed.map((found) => found.id)).toContain(dead);
    expect(removed.map((found) => found.id)).not.toContain(live);
    expect(leftAlone.map((found) => found.id)).toContain(live);
    expect(await importState(graph, `${p}dead`)).toEqual(['abandoned']);
    expect(await importState(graph, `${p}live`)).toEqual(['started']);
    expect(await stagedUnder(graph, p)).toBe(1);
    expect(await liveUnder(graph, p)).toEqual([]);
  });
});
