/**
 * The HSDS import: an export of the sample town imported again updates what is there; imported into another town
 * it makes organizations, hubs, places, served areas and RUNS ties, and a second import updates them; a package
 * whose ids do not refer to each other (the published examples) is refused with every broken reference located and
 * nothing written; only who may write the area imports, and the import is one audited change.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '../../../seed/testing/bundle.js';
import { adminViewer, viewerOf } from '../../../test/helpers/api.js';
import { removeByPrefix, testGraph, uniquePrefix } from '../../../test/helpers/graph.js';
import { buildTown } from '../../../test/helpers/town.js';
import { loadSampleTown } from '../../analysis/testing/sampleTown.js';
import { UserRole } from '../../auth/viewer.js';
import { directoryRows } from '../../directory/directory.service.js';
import type { Graph } from '../../graph/graph.js';
import { today } from '../../shared/dates.js';
import { BundleInvalidError, formatBundleProblem } from '../../shared/errors.js';
import { hsdsTables } from '../export/build.js';
import { hsdsExport, writeHsdsFolder } from '../export/hsds.export.js';
import { tabularFiles } from '../export/tabular.js';
import { importHsdsFolder } from './hsds.import.js';

const source = uniquePrefix();
const target = uniquePrefix();
const folders: string[] = [];
const tempFolder = () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-hsds-import-'));
  folders.push(folder);
  return folder;
};
const examples = fileURLToFolder('../testdata/published-examples');

function fileURLToFolder(relative: string): string {
  return new URL(relative, import.meta.url).pathname;
}

let graph: Graph;
let bundle: Bundle;
/** The hubs open today: a closed one is in no directory, so in no HSDS package (the sample town has one). */
const openHubs = () => bundle.hubs.filter((h) => !h.until || h.until > today());
const sid = (short: string) => `${source}${short}`;
const tid = (short: string) => `${target}${short}`;

beforeAll(async () => {
  graph = await testGraph();
  bundle = await loadSampleTown(graph, source);
  // another municipality whose areas bear the sample town's names
  await buildTown(graph, target, {
    areas: bundle.areas.map((a) => ({
      id: a.id,
      name: a.name,
      tier: Number(a.tier),
      parent: a.parent_id || undefined,
    })),
  });
}, 120_000);

afterAll(async () => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
  // what an import made has HSDS ids for ids: found by the package it came from
  for (const label of ['Organization', 'Hub']) {
    await graph.write(`MATCH (n:${label}) WHERE n.hsdsSource CONTAINS $a OR n.hsdsSource CONTAINS $b DETACH DELETE n`, {
      a: source,
      b: target,
    });
  }
  await removeByPrefix(graph, source);
  await removeByPrefix(graph, target);
});

const counted = async (areaId: string) => {
  const [row] = await graph.read<{ organizations: number; hubs: number; runs: number; serves: number }>(
    `MATCH (a:Area)-[:WITHIN*0..]->(:Area {id: $areaId})
     OPTIONAL MATCH (o:Organization)-[:LOCATED_IN]->(a)
     OPTIONAL MATCH (h:Hub)-[:LOCATED_IN]->(a)
     WITH collect(DISTINCT o) AS os, collect(DISTINCT h) AS hs
     RETURN size(os) AS organizations, size(hs) AS hubs,
       COUNT { MATCH (:Organization)-[:RUNS]->(h:Hub) WHERE h IN hs } AS runs,
       COUNT { MATCH (o:Organization)-[:SERVES]->(:Area) WHERE o IN os } AS serves`,
    { areaId },
  );
  return row;
};

describe('an export of the sample town imported into the same town', () => {
  it('updates every organization and hub, adds nothing and leaves the directory as it was', async () => {
    const folder = tempFolder();
    await writeHsdsFolder(folder, await hsdsExport(graph, adminViewer, sid('a1-sakuradai')));
    const before = await directoryRows(graph, adminViewer, sid('a1-sakuradai'));
    const counts = await importHsdsFolder(graph, adminViewer, folder, sid('a1-sakuradai'));
    expect(counts).toEqual({
      organizations: { created: 0, updated: bundle.organizations.length },
      hubs: { created: 0, updated: openHubs().length },
      runs: 0,
    });
    expect(await directoryRows(graph, adminViewer, sid('a1-sakuradai'))).toEqual(before);
  });
});

describe('an export imported into another town', () => {
  let folder: string;
  let first: Awaited<ReturnType<typeof hsdsExport>>;
  beforeAll(async () => {
    folder = tempFolder();
    first = await hsdsExport(graph, adminViewer, sid('a1-sakuradai'));
    await writeHsdsFolder(folder, first);
    // an HSDS id names one node in the database: the source town goes, as if the package came from elsewhere
    await removeByPrefix(graph, source);
  });

  it('makes its organizations, hubs, places, served areas and runners, and a second import updates them', async () => {
    const counts = await importHsdsFolder(graph, adminViewer, folder, tid('a1-sakuradai'));
    const runByOrganization = new Set(
      bundle.ties.filter((t) => t.type === 'RUNS' && t.from_id.startsWith('o-')).map((t) => t.to_id),
    );
    expect(counts).toEqual({
      organizations: { created: bundle.organizations.length, updated: 0 },
      hubs: { created: openHubs().length, updated: 0 },
      runs: runByOrganization.size,
    });
    const made = await counted(tid('a1-sakuradai'));
    const served = bundle.organizations.reduce((n, o) => n + o.serves.split(';').filter(Boolean).length, 0);
    expect(made).toEqual({
      organizations: bundle.organizations.length,
      hubs: openHubs().length,
      runs: runByOrganization.size,
      serves: served,
    });
    const again = await importHsdsFolder(graph, adminViewer, folder, tid('a1-sakuradai'));
    expect(again).toEqual({
      organizations: { created: 0, updated: bundle.organizations.length },
      hubs: { created: 0, updated: openHubs().length },
      runs: 0,
    });
    expect(await counted(tid('a1-sakuradai'))).toEqual(made);
  });

  it('keeps the HSDS ids and the source on each node, and exports them again under the same ids', async () => {
    const [shakyo] = await graph.read<{ hsdsId: string; hsdsSource: string; area: string; serves: string[] }>(
      `MATCH (o:Organization {name: 'さくら台市社会福祉協議会'})-[:LOCATED_IN]->(a:Area)-[:WITHIN*0..]->(:Area {id: $t})
       RETURN o.hsdsId AS hsdsId, o.hsdsSource AS hsdsSource, a.id AS area, [(o)-[:SERVES]->(s) | s.id] AS serves`,
      { t: tid('a1-sakuradai') },
    );
    const original = first.tables.organization.find((o) => o.name === 'さくら台市社会福祉協議会');
    expect(shakyo).toEqual({
      hsdsId: original?.id,
      hsdsSource: `tsunagari-${sid('a1-sakuradai')}`,
      // the source town's area ids name no area here: the import's area, and the served area found by its name
      area: tid('a1-sakuradai'),
      serves: [tid('a1-sakuradai')],
    });
    const exported = await hsdsExport(graph, adminViewer, tid('a1-sakuradai'));
    // the organizations (not those written for a hub no organization runs) and the hubs' locations keep their ids
    const hubNames = new Set(openHubs().map((h) => h.name));
    const kept = (e: typeof first) => [
      ...e.tables.organization.filter((o) => !hubNames.has(String(o.name))).map((o) => o.id),
      ...e.tables.location.filter((l) => hubNames.has(String(l.name))).map((l) => l.id),
    ];
    expect(kept(first).length).toBe(bundle.organizations.length + openHubs().length);
    expect(new Set(kept(exported))).toEqual(new Set(kept(first)));
  });

  it('records the import as one change, before → after of every node it touched', async () => {
    const events = await graph.read<{ username: string; changes: string }>(
      `MATCH (e:AuditEvent {action: 'importHsds', entityId: $source}) RETURN e.username AS username, e.changes AS changes
       ORDER BY e.seq`,
      { source: `tsunagari-${sid('a1-sakuradai')}` },
    );
    // the same-town import, and two into the other town
    expect(events.map((e) => e.username)).toEqual([adminViewer.username, adminViewer.username, adminViewer.username]);
    const firstInto = JSON.parse(events[1].changes) as { field: string; before: unknown; after: { name: string } }[];
    expect(firstInto.length).toBe(bundle.organizations.length + openHubs().length);
    expect(firstInto.every((c) => c.before === null && typeof c.after.name === 'string')).toBe(true);
    // a second import of the same package on the same day changes nothing
    expect(JSON.parse(events[2].changes)).toEqual([]);
  });
});

describe('a package whose ids do not refer to each other', () => {
  it('is refused with every broken reference located, and nothing is written', async () => {
    const before = await counted(tid('a1-sakuradai'));
    const refused = await importHsdsFolder(graph, adminViewer, examples, tid('a1-sakuradai')).catch((e) => e);
    expect(refused).toBeInstanceOf(BundleInvalidError);
    const lines = (refused as BundleInvalidError).problems.map(formatBundleProblem);
    expect(lines).toEqual(
      expect.arrayContaining([
        'organizations.csv:2:13 (parent_organization_id) refers to no organization: no row of organizations.csv has this id',
        'locations.csv:2:4 (organization_id) refers to no organization: no row of organizations.csv has this id',
        'attributes.csv:2:5 (link_entity) "link_entity" is no HSDS table, so link_id refers to nothing',
      ]),
    );
    expect((refused as BundleInvalidError).problems.every((p) => p.line >= 2 && p.column >= 1)).toBe(true);
    expect(await counted(tid('a1-sakuradai'))).toEqual(before);
    const [{ written }] = await graph.read<{ written: number }>(
      `MATCH (n) WHERE n.hsdsSource = 'published-examples' RETURN count(n) AS written`,
    );
    expect(written).toBe(0);
  });
});

describe('who may import', () => {
  const kita = () => [tid('a2-kita'), tid('a3-hinode'), tid('a3-kashiwagi'), tid('a3-midorigaoka')];
  /** A package of one organization and one hub of 日の出地区, inside 北中学校区. */
  function smallPackage(): string {
    const area = { id: tid('a3-hinode'), name: '日の出地区', tier: 3 };
    const tables = hsdsTables(
      {
        area,
        asOf: '2026-12-01',
        organizations: [
          {
            id: `${target}small-o`,
            name: '日の出まちづくり協議会',
            nameKana: null,
            kind: '地域運営組織',
            fields: ['COMMUNITY'],
            area,
            serves: [area],
            local: true,
          },
        ],
        hubs: [
          {
            id: `${target}small-h`,
            name: '日の出 縁側カフェ',
            nameKana: null,
            kind: '居場所',
            tags: ['お茶', '将棋'],
            area,
            operators: ['日の出まちづくり協議会'],
            operatorIds: [`${target}small-o`],
          },
        ],
      },
      new Map(),
    );
    const folder = tempFolder();
    const files = tabularFiles(tables, { areaId: `${target}small`, areaName: '日の出地区', asOf: '2026-12-01' });
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), text);
    return folder;
  }

  it('refuses planners, council members and coordinators of other areas, and writes nothing', async () => {
    const folder = smallPackage();
    const refusedAs = [
      viewerOf(UserRole.PLANNER, kita(), [tid('a1-sakuradai')]),
      viewerOf(UserRole.COUNCIL_MEMBER, kita(), [tid('a1-sakuradai')]),
      viewerOf(UserRole.COORDINATOR, [tid('a2-minami'), tid('a3-honcho')], [tid('a1-sakuradai')]),
    ];
    for (const viewer of refusedAs) {
      await expect(importHsdsFolder(graph, viewer, folder, tid('a2-kita'))).rejects.toMatchObject({
        extensions: { code: 'FORBIDDEN' },
      });
    }
    const [{ written }] = await graph.read<{ written: number }>(
      `MATCH (n) WHERE n.name IN ['日の出まちづくり協議会', '日の出 縁側カフェ'] RETURN count(n) AS written`,
    );
    expect(written).toBe(0);
  });

  it('refuses a coordinator a package touching what lies outside their areas (a town-wide window)', async () => {
    const folder = tempFolder();
    await writeHsdsFolder(folder, await hsdsExport(graph, adminViewer, tid('a2-kita')));
    const before = await counted(tid('a1-sakuradai'));
    const coordinator = viewerOf(UserRole.COORDINATOR, kita(), [tid('a1-sakuradai')]);
    await expect(importHsdsFolder(graph, coordinator, folder, tid('a2-kita'))).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    expect(await counted(tid('a1-sakuradai'))).toEqual(before);
  });

  it('lets the coordinator of the area import a package of their area', async () => {
    const coordinator = viewerOf(UserRole.COORDINATOR, kita(), [tid('a1-sakuradai')]);
    const counts = await importHsdsFolder(graph, coordinator, smallPackage(), tid('a2-kita'));
    expect(counts).toEqual({ organizations: { created: 1, updated: 0 }, hubs: { created: 1, updated: 0 }, runs: 1 });
    const [hub] = await graph.read<{ area: string; tags: string[]; kind: string; runBy: string[] }>(
      `MATCH (h:Hub {name: '日の出 縁側カフェ'})-[:LOCATED_IN]->(a:Area)
       RETURN a.id AS area, h.tags AS tags, h.kind AS kind, [(o)-[:RUNS]->(h) | o.name] AS runBy`,
    );
    expect(hub).toEqual({
      area: tid('a3-hinode'),
      tags: ['お茶', '将棋'],
      kind: '居場所',
      runBy: ['日の出まちづくり協議会'],
    });
  });
});
