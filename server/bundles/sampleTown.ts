/** The sample town (seed/sample-town/), loaded at start-up only into a database that has no area at all. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Graph } from '../graph/graph.js';
import { logger } from '../shared/logger.js';
import type { BundleCounts } from './bundle.types.js';
import { importBundle } from './import.js';

export const sampleTownFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seed/sample-town');

/** Imports a bundle as the sample town, failing clearly when the folder is not there. */
export async function loadSampleTown(graph: Graph, folder: string = sampleTownFolder): Promise<BundleCounts> {
  if (!fs.existsSync(folder)) {
    throw new Error(
      `the sample town bundle is missing: expected the folder ${folder} (seed/sample-town/ in the repository)`,
    );
  }
  return importBundle(graph, folder);
}

/** Loads the sample town when the database has no Area; true when it did. */
export async function loadSampleTownIfEmpty(graph: Graph, folder: string = sampleTownFolder): Promise<boolean> {
  const [{ areas }] = await graph.read<{ areas: number }>('MATCH (a:Area) RETURN count(a) AS areas');
  if (areas > 0) return false;
  const counts = await loadSampleTown(graph, folder);
  logger.info({ folder, ...counts }, 'the database was empty: loaded the sample town');
  return true;
}
