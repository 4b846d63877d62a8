/** The arguments of `npm run backup` and `npm run restore`: one FILE, and `--force`; anything else is a usage error. */
import { readConfig } from '../config.js';

export function dumpArguments(command: 'backup' | 'restore', args: string[]): { file: string; force: boolean } {
  const force = args.includes('--force');
  const files = args.filter((arg) => arg !== '--force');
  if (files.length !== 1 || files[0].startsWith('-')) {
    console.error(`usage: npm run ${command} -- FILE [--force]`);
    process.exit(2);
  }
  if (readConfig().neo4jUri) {
    console.error(
      `NEO4J_URI names an external database: ${command} it on its own server with neo4j-admin (or Aura's ` +
        'snapshots), as the README says; this command is for the bundled database',
    );
    process.exit(2);
  }
  return { file: files[0], force };
}
