/**
 * The chain catches what the application would never do: an event changed, removed or forged directly in the
 * database. Each tamper is undone before the next test, so the shared database's chain holds again.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { audit, chainedFields, chainHash } from '../../server/audit/audit.service.js';
import { adminViewer, run } from '../helpers/api.js';
import { testGraph, uniquePrefix } from '../helpers/graph.js';

const p = uniquePrefix();
const integrity = '{ auditIntegrity { holds checked headSeq firstBrokenSeq reason unchainedEvents } }';
const actor = { username: `${p}clerk`, role: 'ADMIN', requestId: `${p}req`, address: null };

let first = 0;

async function check() {
  const answer = await run(adminViewer, integrity);
  expect(answer.errors).toBeUndefined();
  return answer.data!.auditIntegrity;
}

beforeAll(async () => {
  const graph = await testGraph();
  await audit(
    graph,
    actor,
    { kind: 'DISCLOSURE', action: 'person', personIds: [`${p}hana`], level: 'DETAILS' },
    {
      kind: 'CHANGE',
      action: 'updatePerson',
      personIds: [`${p}hana`],
      entity: 'Person',
      entityId: `${p}hana`,
      changes: [{ field: 'name', before: 'A', after: 'B' }],
    },
  );
  const [row] = await graph.read<{ seq: number }>(
    'MATCH (e:AuditEvent {username: $username}) RETURN min(e.seq) AS seq',
    actor,
  );
  first = row.seq;
});

describe('auditIntegrity', () => {
  it('holds for the events the application wrote', async () => {
    const result = await check();
    expect(result).toEqual({
      holds: true,
      checked: result.headSeq,
      headSeq: expect.any(Number),
      firstBrokenSeq: null,
      reason: null,
      unchainedEvents: 0,
    });
    expect(result.headSeq).toBeGreaterThanOrEqual(first + 1);
  });

  it('names the first event changed in the database', async () => {
    const graph = await testGraph();
    await graph.write('MATCH (e:AuditEvent {seq: $seq}) SET e.username = $other', {
      seq: first + 1,
      other: 'someone-else',
    });
    try {
      expect(await check()).toMatchObject({ holds: false, firstBrokenSeq: first + 1, reason: 'HASH', checked: first });
    } finally {
      await graph.write('MATCH (e:AuditEvent {seq: $seq}) SET e.username = $username', {
        seq: first + 1,
        username: actor.username,
      });
    }
    expect((await check()).holds).toBe(true);
  });

  it('names an event removed from the database', async () => {
    const graph = await testGraph();
    const [{ properties }] = await graph.read<{ properties: Record<string, unknown> }>(
      'MATCH (e:AuditEvent {seq: $seq}) RETURN properties(e) AS properties',
      { seq: first },
    );
    await graph.write('MATCH (e:AuditEvent {seq: $seq}) DETACH DELETE e', { seq: first });
    try {
      expect(await check()).toMatchObject({ holds: false, firstBrokenSeq: first, reason: 'MISSING' });
    } finally {
      await graph.write('CREATE (e:AuditEvent) SET e = $properties, e.at = datetime($properties.atText)', {
        properties,
      });
    }
    expect((await check()).holds).toBe(true);
  });

  it('sees through a forged event whose own hash was recomputed: the next one no longer links to it', async () => {
    const graph = await testGraph();
    const [{ properties }] = await graph.read<{ properties: Record<string, unknown> }>(
      'MATCH (e:AuditEvent {seq: $seq}) RETURN properties(e) AS properties',
      { seq: first },
    );
    const forged = { ...properties, at: properties.atText, personIds: [] };
    const hash = chainHash(Object.fromEntries(chainedFields.map((key) => [key, forged[key as keyof typeof forged]])));
    await graph.write('MATCH (e:AuditEvent {seq: $seq}) SET e.personIds = [], e.hash = $hash', { seq: first, hash });
    try {
      expect(await check()).toMatchObject({ holds: false, firstBrokenSeq: first + 1, reason: 'LINK' });
    } finally {
      await graph.write('MATCH (e:AuditEvent {seq: $seq}) SET e.personIds = $personIds, e.hash = $hash', {
        seq: first,
        personIds: properties.personIds,
        hash: properties.hash,
      });
    }
    expect((await check()).holds).toBe(true);
  });

  it('counts an event slipped in beside the chain', async () => {
    const graph = await testGraph();
    await graph.write('CREATE (:AuditEvent {action: $action, at: datetime()})', { action: `${p}slipped` });
    try {
      expect(await check()).toMatchObject({ holds: true, unchainedEvents: 1 });
    } finally {
      await graph.write('MATCH (e:AuditEvent {action: $action}) DELETE e', { action: `${p}slipped` });
    }
  });
});
