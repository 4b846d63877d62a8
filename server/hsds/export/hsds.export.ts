/**
 * The HSDS export of an area: its 生活便利帳 (the same selection and the same access: any role that may open the
 * area, directory.service.ts) as HSDS 3 tables, written as a tabular data package or as compiled service JSON.
 * Nothing in it is about a person, so it is no disclosure; a refusal is audited where it is asked (HTTP, CLI).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Viewer } from '../../auth/viewer.js';
import { directoryRows } from '../../directory/directory.service.js';
import type { Graph } from '../../graph/graph.js';
import type { HsdsTables } from '../tables.js';
import { hsdsTables } from './build.js';
import { compiledServices } from './compiled.js';
import * as q from './export.queries.js';
import { type PackageMeta, tabularFiles } from './tabular.js';

export interface HsdsExport {
  meta: PackageMeta;
  tables: HsdsTables;
}

/** The file of the compiled services beside the package's CSV files. */
export const compiledFile = 'services.json';

export async function hsdsExport(graph: Graph, viewer: Viewer, areaId: string): Promise<HsdsExport> {
  const directory = await directoryRows(graph, viewer, areaId);
  const ids = [...directory.organizations.map((o) => o.id), ...directory.hubs.flatMap((h) => [h.id, ...h.operatorIds])];
  const kept = await graph.read<q.KeptIdRow>(q.keptIds, { ids });
  const areaIds = [
    ...directory.organizations.flatMap((o) => [...(o.area ? [o.area.id] : []), ...o.serves.map((a) => a.id)]),
    ...directory.hubs.flatMap((h) => (h.area ? [h.area.id] : [])),
  ];
  const codes = await graph.read<q.AreaCodesRow>(q.areaCodes, { ids: [...new Set(areaIds)] });
  const tables = hsdsTables(
    directory,
    new Map(kept.map((row) => [row.id, row.hsdsId])),
    new Map(codes.map(({ id, ...row }) => [id, row])),
  );
  return { meta: { areaId, areaName: directory.area.name, asOf: directory.asOf }, tables };
}

/** The tabular package's files, by name. */
export function hsdsPackageFiles(exported: HsdsExport): Record<string, string> {
  return tabularFiles(exported.tables, exported.meta);
}

/** HSDS JSON: the compiled service objects, as a JSON array. */
export function hsdsJson(exported: HsdsExport): string {
  return `${JSON.stringify(compiledServices(exported.tables), null, 2)}\n`;
}

/** Writes the package and the compiled services into a folder (files readable by the exporting user only). */
export async function writeHsdsFolder(folder: string, exported: HsdsExport): Promise<string[]> {
  const files = { ...hsdsPackageFiles(exported), [compiledFile]: hsdsJson(exported) };
  await fs.mkdir(folder, { recursive: true, mode: 0o700 });
  for (const [name, text] of Object.entries(files)) {
    await fs.writeFile(path.join(folder, name), text, { encoding: 'utf8', mode: 0o600 });
    await fs.chmod(path.join(folder, name), 0o600);
  }
  return Object.keys(files);
}
