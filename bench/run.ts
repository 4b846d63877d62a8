/**
 * `npm run bench [-- SECTION…]`: runs the benchmark sections (all, or those named) in the order of the registry
 * below, against a bundled Neo4j of its own (or NEO4J_URI), printing each figure as `name: value unit (bar: …)` and
 * a table at the end. docs/DESIGN.md "Bars" says what each figure must clear; figures are medians where a section repeats.
 */
// the sections reach code with type-graphql's decorators, as server/main.ts does
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchContext, BenchSection, Figure } from './bench.types.js';
import { openBenchDatabase } from './database.js';
import { formatFigure, printTable } from './report.js';
import { analysisSections } from './sections/analysis.js';
import { casesSection } from './sections/cases.js';
import { concurrencySection } from './sections/concurrency.js';
import { importSection } from './sections/import.js';
import { mapSection } from './sections/map.js';
import { networkSection } from './sections/network.js';

/** Every section, in the order they run: later sections may use what earlier ones leave (the 100k town). */
export const sections: readonly BenchSection[] = [
  importSection,
  networkSection,
  ...analysisSections,
  casesSection,
  mapSection,
  concurrencySection,
];

const names = process.argv.slice(2);
const unknown = names.filter((name) => !sections.some((section) => section.name === name));
if (unknown.length > 0) {
  console.error(`unknown section(s) ${unknown.join(', ')}; the sections are ${sections.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const chosen = names.length > 0 ? sections.filter((section) => names.includes(section.name)) : sections;

const figures: Figure[] = [];
const failed: string[] = [];
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-bench-'));
const database = await openBenchDatabase();
const context: BenchContext = {
  graph: database.graph,
  ownDatabase: database.own,
  workDir,
  shared: new Map(),
  report(figure) {
    figures.push(figure);
    console.log(formatFigure(figure));
  },
  log: (message) => console.error(message),
};

try {
  for (const section of chosen) {
    console.error(`\n== ${section.name}`);
    try {
      await section.run(context);
    } catch (error) {
      failed.push(section.name);
      console.error(`section ${section.name} failed:`, error);
    }
  }
} finally {
  await database.close();
  fs.rmSync(workDir, { recursive: true, force: true });
}
printTable(figures);
if (failed.length > 0 || figures.some((figure) => figure.bar && !figure.bar.met)) process.exitCode = 1;
