/**
 * Progress of a long import or export: one event per file and phase, and while an import writes its batches, the rows
 * written so far with an estimate of the time left; printed as a line on stderr by the commands.
 */

export interface ProgressEvent {
  /** What was done: read, lookup, validate, write (the batches), publish (all in, to commit), commit. */
  phase: string;
  /** The file it concerned, when it concerned one. */
  file?: string;
  rows: number;
  seconds: number;
  /** While writing: the rows the import writes in all (`rows` is those written so far). */
  total?: number;
  /** While writing: the time left at the rate so far. */
  secondsLeft?: number;
}

/** Told of each event; the import waits for a sink that answers a promise (tests hold an import between batches). */
export type ProgressSink = (event: ProgressEvent) => void | Promise<void>;

const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatProgress({ phase, file, rows, seconds, total, secondsLeft }: ProgressEvent): string {
  const rate = seconds > 0 ? `${number.format(rows / seconds)} rows/s` : '';
  const done =
    total === undefined ? `${number.format(rows)} rows` : `${number.format(rows)}/${number.format(total)} rows`;
  const columns = [phase.padEnd(9), (file ?? '').padEnd(18), done.padStart(14)];
  const left = secondsLeft === undefined ? [] : [`≈${Math.ceil(secondsLeft)} s left`.padStart(12)];
  return [...columns, `${seconds.toFixed(1)} s`.padStart(8), rate.padStart(16), ...left].join(' ');
}

/**
 * Counts the rows an import writes and reports them with the time left at the rate so far: at most once every
 * `everyMs` (0: after every batch), and always when the last rows are in.
 */
export function writeMeter(sink: ProgressSink | undefined, total: number, everyMs = 1000) {
  const start = performance.now();
  let written = 0;
  let reported = start;
  return {
    async add(rows: number, file?: string): Promise<void> {
      written += rows;
      const now = performance.now();
      if (now - reported < everyMs && written < total) return;
      reported = now;
      const seconds = (now - start) / 1000;
      const secondsLeft = written > 0 ? ((total - written) * seconds) / written : undefined;
      await sink?.({ phase: 'write', file, rows: written, total, seconds, secondsLeft });
    },
  };
}

/** Prints each event as a line on stderr (stdout stays for the result). */
export const printProgress: ProgressSink = (event) => {
  process.stderr.write(`${formatProgress(event)}\n`);
};

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
  await sink?.({ phase, file, rows, seconds: (performance.now() - start) / 1000 });
  return result;
}
