/** The shape of a benchmark section and what the harness gives it. */
import type { Graph } from '../server/graph/graph.js';

/** A bar a figure must clear, and whether it did. */
export interface Bar {
  /** The bar as docs/DESIGN.md states it, e.g. `≥ 10,000 rows/s`. */
  text: string;
  met: boolean;
}

export interface Figure {
  /** `section.what`, e.g. `import.rowsPerSecond`. */
  name: string;
  value: number;
  unit: string;
  bar?: Bar;
}

export interface BenchContext {
  graph: Graph;
  /** True when the harness started its own bundled Neo4j (then the database is the bench's to empty). */
  ownDatabase: boolean;
  /** A scratch folder for this run, removed at the end. */
  workDir: string;
  /** Prints the figure as a line and keeps it for the final table. */
  report(figure: Figure): void;
  /** Prints a note (progress, a reason to skip) on stderr. */
  log(message: string): void;
  /**
   * Things sections leave for the ones after them, e.g. `town` (the generated bundle folder, and after the import
   * section the 100k town is loaded in the database).
   */
  shared: Map<string, unknown>;
}

export interface BenchSection {
  name: string;
  run(context: BenchContext): Promise<void>;
}
