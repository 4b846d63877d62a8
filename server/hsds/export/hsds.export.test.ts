/**
 * The HSDS export of the sample town: the tabular package and the compiled services are valid against the
 * published HSDS 3.0 schema (ajv, testing/validate.ts), hold the directory's organizations and hubs, and no person
 * — not one name or id of the town's residents, not even of those running a hub.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '../../../seed/testing/bundle.js';
import { adminViewer, viewerOf } from '../../../test/helpers/api.js';
import { testGraph } from '../../../test/helpers/graph.js';
import { testPrefix } from '../../../test/helpers/town.js';
import { loadSampleTown } from '../../analysis/testing/sampleTown.js';
import { UserRole } from '../../auth/viewer.js';
import type { Graph } from '../../graph/graph.js';
import { today } from '../../shared/dates.js';
import { packageErrors, schemaErrors } from '../testing/validate.js';
import { compiledFile, type HsdsExport, hsdsExport, writeHsdsFolder } from './hsds.export.js';

const prefix = testPrefix();
const id = (short: string) => `${prefix}${short}`;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-hsds-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

let graph: Graph;
let bundle: Bundle;
/** The hubs open today: a closed one is in no directory, so in no HSDS package (the sample town has one). */
const openHubs = () => bundle.hubs.filter((h) => !h.until || h.until > today());
let exported: HsdsExport;
let written: Record<string, string>;

beforeAll(async () => {
  graph = await testGraph();
  bundle = await loadSampleTown(graph, prefix);
  exported = await hsdsExport(graph, adminViewer, id('a1-sakuradai'));
  const names = await writeHsdsFolder(folder, exported);
  written = Object.fromEntries(names.map((name) => [name, fs.readFileSync(path.join(folder, name), 'utf8')]));
}, 120_000);

describe('the package of さくら台市', () => {
  it('is a tabular data package valid against the published HSDS 3.0 tables', () => {
    expect(Object.keys(written).sort()).toEqual(
      [
        'attributes.csv',
        'datapackage.json',
        'locations.csv',
        'organizations.csv',
        'schedules.csv',
        'service_areas.csv',
        'service_at_location.csv',
        'services.csv',
        compiledFile,
        'taxonomies.csv',
        'taxonomy_terms.csv',
      ].sort(),
    );
    expect(packageErrors(folder)).toEqual([]);
  });

  it('holds the compiled services, each valid against the published service schema', () => {
    const services = JSON.parse(written[compiledFile]) as Record<string, unknown>[];
    expect(services.length).toBe(exported.tables.service.length);
    for (const service of services) expect(schemaErrors('service', service), String(service.name)).toEqual([]);
  });

  it('holds every organization and hub of the directory, a hub at its own location', () => {
    const organizations = bundle.organizations.length;
    const hubs = openHubs().length;
    // one service per organization and per hub; hubs no organization runs get an organization of their own
    expect(exported.tables.service.length).toBe(organizations + hubs);
    const ownOrganizations = exported.tables.organization.length - organizations;
    const runByOrganization = new Set(
      bundle.ties
        .filter((t) => t.type === 'RUNS' && t.from_id.startsWith('o-') && openHubs().some((h) => h.id === t.to_id))
        .map((t) => t.to_id),
    );
    expect(ownOrganizations).toBe(hubs - runByOrganization.size);
    const services = JSON.parse(written[compiledFile]) as { name: string; service_at_locations: unknown[] }[];
    const salon = services.find((s) => s.name === '日の出ふれあいサロン');
    expect(salon).toMatchObject({
      organization: { name: '日の出地区社会福祉協議会' },
      service_at_locations: [{ location: { name: '日の出ふれあいサロン', location_type: 'physical' } }],
    });
  });

  it('carries the areas’ codes from outside as attributes: the municipality’s code, and the 町字 of an area', () => {
    const termOf = (name: string) => exported.tables.taxonomy_term.find((term) => term.name === name)?.id as string;
    const values = (term: string, entity: string) =>
      exported.tables.attribute
        .filter((a) => a.taxonomy_term_id === term && a.link_entity === entity)
        .map((a) => a.value);
    // every served area and every place lies in さくら台市 (992011 in the sample town)
    expect(new Set(values(termOf('全国地方公共団体コード'), 'service_area'))).toEqual(new Set(['992011']));
    expect(new Set(values(termOf('全国地方公共団体コード'), 'location'))).toEqual(new Set(['992011']));
    // the salon of 日の出地区 stands in the area made of 町字 0001001 and 0001002
    const salon = exported.tables.location.find((l) => l.name === '日の出ふれあいサロン')!;
    const machiaza = exported.tables.attribute
      .filter((a) => a.link_id === salon.id && a.taxonomy_term_id === termOf('町字ID'))
      .map((a) => a.value);
    expect(machiaza.sort()).toEqual(['0001001', '0001002']);
  });

  it('names no person: no resident’s name or id is in any file', () => {
    const text = Object.values(written).join('\n');
    expect(bundle.people.length).toBeGreaterThan(300);
    for (const person of bundle.people) {
      expect(text.includes(person.name), person.name).toBe(false);
      expect(text.includes(id(person.id)), person.id).toBe(false);
    }
    for (const household of bundle.households) expect(text.includes(household.name), household.name).toBe(false);
  });

  it('gives the same ids on a second export', async () => {
    const again = await hsdsExport(graph, adminViewer, id('a1-sakuradai'));
    expect(again.tables).toEqual(exported.tables);
  });
});

describe('who may export', () => {
  it('any role for its own areas, as the directory; outside them FORBIDDEN, an unknown area NOT_FOUND', async () => {
    const kita = [id('a2-kita'), id('a3-hinode'), id('a3-kashiwagi'), id('a3-midorigaoka')];
    for (const role of [UserRole.COORDINATOR, UserRole.PLANNER, UserRole.COUNCIL_MEMBER]) {
      const viewer = viewerOf(role, kita, [id('a1-sakuradai')]);
      await expect(hsdsExport(graph, viewer, id('a2-kita'))).resolves.toMatchObject({
        meta: { areaId: id('a2-kita') },
      });
      await expect(hsdsExport(graph, viewer, id('a2-minami'))).rejects.toMatchObject({
        extensions: { code: 'FORBIDDEN' },
      });
    }
    await expect(hsdsExport(graph, adminViewer, id('nowhere'))).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
  });
});
