import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaFile, schemaText } from '../server/schemaText.js';

describe('schema/schema.graphql', () => {
  it('is the schema the server builds (run `npm run schema` after changing the API)', async () => {
    expect(fs.readFileSync(schemaFile, 'utf8')).toBe(await schemaText());
  });
});
