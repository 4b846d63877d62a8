/** Progress of a long import or export: one event per file and phase, printed as a line on stderr by the commands. */

export interface ProgressEvent {
  /** What was done: read, lookup, validate, nodes, structure, ties, commit. */
  phase: string;
  /** The file it concerned, when it concerned one. */
  file?: string;
  rows: number;
  seconds: number;
}

export type ProgressSink = (event: ProgressEvent) => void;

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatProgress({ phase, file, rows, seconds }: ProgressEvent): string {
  const rate = seconds > 0 ? `${number.format(rows / seconds)} rows/s` : '';
  const columns = [phase.padEnd(9), (file ?? '').padEnd(18), `${number.format(rows)} rows`.padStart(14)];
  return [...columns, `${seconds.toFixed(1)} s`.padStart(8), rate.padStart(16)].join(' ');
}

/** Prints each event as a line on stderr (stdout stays for the result). */
export const printProgress: ProgressSink = (event) => process.stderr.write(`${formatProgress(event)}\n`);

/** Times a phase and reports it when it ends. */
export async function timed<T>(
  sink: ProgressSink | undefined,
  phase: string,
  file: string | undefined,
  rows: number,
  work: () => Promise<T>,
): Promise<T> {
  const start = performance.now();
  const result = await work();
  sink?.({ phase, file, rows, seconds: (performance.now() - start) / 1000 });
  return result;
}
