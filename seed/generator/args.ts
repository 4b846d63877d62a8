/** Reads and checks the command line of `npm run generate`; every bad value is named in the error. */
import type { TownOptions } from './town.js';

export const usage = 'usage: npm run generate -- --people N --out FOLDER [--seed S]';

/** Bounds on --people: enough for three districts of a few areas, and what fits the id width and a laptop. */
export const peopleRange = { min: 100, max: 2_000_000 } as const;

export class UsageError extends Error {}

export function parseGenerateArgs(argv: readonly string[]): TownOptions {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const match = /^--(people|out|seed)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`unknown argument "${arg}"`);
    const value = match[2] ?? argv[++i];
    if (value === undefined || value === '' || (match[2] === undefined && value.startsWith('--'))) {
      throw new UsageError(`--${match[1]} needs a value`);
    }
    values.set(match[1], value);
  }
  const people = values.get('people');
  if (people === undefined) throw new UsageError('--people is required');
  if (!/^\d+$/.test(people)) throw new UsageError(`--people must be a whole number, not "${people}"`);
  const count = Number(people);
  if (count < peopleRange.min || count > peopleRange.max) {
    throw new UsageError(`--people must be between ${peopleRange.min} and ${peopleRange.max}, not ${count}`);
  }
  const out = values.get('out');
  if (out === undefined) throw new UsageError('--out is required');
  return { people: count, out, seed: values.get('seed') ?? '1' };
}
