/** `npm run schema`: writes the printed SDL to schema/schema.graphql (a test fails when it is stale). */
import 'reflect-metadata';
import fs from 'node:fs';
import { schemaFile, schemaText } from '../schemaText.js';

fs.writeFileSync(schemaFile, await schemaText());
console.log(`wrote ${schemaFile}`);
