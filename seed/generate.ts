/**
 * `npm run generate -- --people N --out FOLDER [--seed S]`: writes a synthetic town bundle (same arguments,
 * byte-identical files) and prints the rows written per file.
 */
import { parseGenerateArgs, UsageError, usage } from './generator/args.js';
import { generateTown } from './generator/town.js';

function main(argv: readonly string[]): number {
  let options: ReturnType<typeof parseGenerateArgs>;
  try {
    options = parseGenerateArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`generate: ${error.message}\n${usage}`);
    return 2;
  }
  const started = performance.now();
  const counts = generateTown(options);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const summary = Object.entries(counts)
    .map(([file, rows]) => `${file} ${rows}`)
    .join(', ');
  console.log(`generated ${options.out} in ${seconds} s: ${summary}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
