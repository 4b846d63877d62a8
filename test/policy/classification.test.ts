/** Every field of the API is classified by what it can tell about a person (server/auth/classification.ts). */
import { describe, expect, it } from 'vitest';
import { classification, unclassifiedFields } from '../../server/auth/classification.js';
import { objectTypes } from '../../server/auth/schemaCheck.js';
import { buildAppSchema } from '../../server/schema.js';

describe('the classification of the schema', () => {
  it('classifies every field of every object type', async () => {
    const types = objectTypes(await buildAppSchema());
    expect(unclassifiedFields(types)).toEqual([]);
  });

  it('holds no entry for a field the schema no longer has', async () => {
    const fields = new Set(objectTypes(await buildAppSchema()).flatMap((t) => t.fields.map((f) => `${t.name}.${f}`)));
    const stale = Object.entries(classification).flatMap(([type, entries]) =>
      Object.keys(entries)
        .map((field) => `${type}.${field}`)
        .filter((name) => !fields.has(name)),
    );
    expect(stale).toEqual([]);
  });

  it('finds a field nobody classified', () => {
    expect(unclassifiedFields([{ name: 'Person', fields: ['id', 'diagnosis'] }])).toEqual(['Person.diagnosis']);
  });

  it('classifies every field that names or describes a person as more than public', () => {
    for (const field of ['id', 'name', 'needs', 'roles', 'ageBand', 'household', 'area', 'consent']) {
      expect(classification.Person[field], `Person.${field}`).not.toBe('public');
    }
    for (const field of ['note', 'since', 'until', 'strength', 'sourceId', 'targetId']) {
      expect(classification.Tie[field], `Tie.${field}`).not.toBe('public');
    }
  });
});
