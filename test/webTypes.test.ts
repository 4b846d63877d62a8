import fs from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import { codegenConfig } from '../codegen.js';

const outputFolder = 'web/src/gql';

/** The files of a folder, by their path from the repository's root. */
function committedFiles(folder: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(folder)
      .map((name) => [path.posix.join(folder, name), fs.readFileSync(path.join(folder, name), 'utf8')]),
  );
}

describe('web/src/gql', () => {
  it('is what codegen makes of schema/schema.graphql and the web documents (run `npm run codegen` after changing either)', async () => {
    // generated in memory: nothing is written, the committed files are what is compared
    // (its type says `any` for watch mode, which this is not)
    const outputs: { filename: string; content: string }[] = await generate({ ...codegenConfig, silent: true }, false);
    const generated = Object.fromEntries(
      outputs.map((output) => [
        path.relative(process.cwd(), path.resolve(output.filename)).split(path.sep).join('/'),
        output.content,
      ]),
    );
    const committed = committedFiles(outputFolder);
    expect(Object.keys(committed).sort()).toEqual(Object.keys(generated).sort());
    for (const [file, content] of Object.entries(generated)) expect(committed[file], file).toBe(content);
  });
});
