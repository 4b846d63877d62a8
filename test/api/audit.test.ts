import { beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../../server/audit/audit.service.js';
import { UserRole, type Viewer } from '../../server/auth/viewer.js';
import { adminViewer, run, viewerOf } from '../helpers/api.js';
import { testTown } from '../helpers/town.js';

const town = testTown({
  areas: [
    { id: 'city', tier: 1 },
    { id: 'city-east', tier: 2, parent: 'city' },
    { id: 'hill', tier: 3, parent: 'city-east' },
    { id: 'city-west', tier: 2, parent: 'city' },
    { id: 'vale', tier: 3, parent: 'city-west' },
  ],
  people: [
    { id: 'hana', name: '山田 花子', area: 'hill' },
    { id: 'kenji', name: '西 健二', area: 'vale', consent: 'PROFESSIONALS' },
  ],
});
const p = town.prefix;
const id = town.id;
const tag = p.replace(/-/g, '_');
const named = (viewer: Viewer, name: string): Viewer => ({ ...viewer, username: id(name) });

const eastScope = [id('city-east'), id('hill')];
const coordinator = named(viewerOf(UserRole.COORDINATOR, eastScope, [id('city')]), 'coordinator');
const planner = named(viewerOf(UserRole.PLANNER, eastScope, [id('city')]), 'planner');
const councilMember = named(viewerOf(UserRole.COUNCIL_MEMBER, eastScope, [id('city')]), 'council');

const eventFields = `seq at kind action username role requestId address personIds level entity entityId
  changes { field before after } message prev hash`;
const eventsQuery = `query Events($personId: ID, $username: String, $from: String, $to: String, $kind: AuditKind, $limit: Int, $offset: Int) {
  auditEvents(personId: $personId, username: $username, from: $from, to: $to, kind: $kind, limit: $limit, offset: $offset) { ${eventFields} }
}`;
const trailQuery = `query Trail($personId: ID!) { personAuditTrail(personId: $personId) { at username role action level } }`;

/** The events this file made (others' events interleave in the shared database). */
const ours = (events: any[]): any[] => events.filter((event) => event.username?.startsWith(p));
const localDay = (offsetDays: number) => {
  const day = new Date();
  day.setDate(day.getDate() + offsetDays);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
};
const actor = (username: string, role: string) => ({
  username: id(username),
  role,
  requestId: `${p}req`,
  address: '192.0.2.7',
});

let afterChange = '';

beforeAll(async () => {
  const graph = town.graph;
  await audit(graph, actor('alice', 'COORDINATOR'), {
    kind: 'DISCLOSURE',
    action: 'person',
    personIds: [id('hana')],
    level: 'DETAILS',
  });
  await audit(graph, actor('admin', 'ADMIN'), {
    kind: 'CHANGE',
    action: 'updatePerson',
    personIds: [id('hana')],
    entity: 'Person',
    entityId: id('hana'),
    changes: [
      { field: 'name', before: '山田 花', after: '山田 花子' },
      { field: 'needs', before: [], after: ['ELDERLY'] },
    ],
  });
  afterChange = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 5));
  await audit(graph, actor('bob', 'COUNCIL_MEMBER'), {
    kind: 'DISCLOSURE',
    action: 'network',
    personIds: [id('hana'), id('kenji')],
    level: 'NAME',
  });
  await audit(graph, actor('bob', null as never), {
    kind: 'LOGIN_FAILED',
    action: 'login',
    message: 'the username or the password is wrong',
  });
});

describe('auditEvents', () => {
  it('gives every field of an event, the changes parsed field by field', async () => {
    const answer = await run(adminViewer, eventsQuery, { username: id('admin') });
    expect(answer).toEqual({
      data: {
        auditEvents: [
          {
            seq: expect.any(Number),
            at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
            kind: 'CHANGE',
            action: 'updatePerson',
            username: id('admin'),
            role: 'ADMIN',
            requestId: `${p}req`,
            address: '192.0.2.7',
            personIds: [id('hana')],
            level: null,
            entity: 'Person',
            entityId: id('hana'),
            changes: [
              { field: 'name', before: '"山田 花"', after: '"山田 花子"' },
              { field: 'needs', before: '[]', after: '["ELDERLY"]' },
            ],
            message: null,
            prev: expect.stringMatching(/^[0-9a-f]{64}$/),
            hash: expect.stringMatching(/^[0-9a-f]{64}$/),
          },
        ],
      },
    });
  });

  it("finds a person's events, newest first, through the people they name", async () => {
    const answer = await run(adminViewer, eventsQuery, { personId: id('hana') });
    expect(answer.errors).toBeUndefined();
    const events = ours(answer.data!.auditEvents);
    expect(events.map((e: { action: string; username: string }) => [e.action, e.username])).toEqual([
      ['network', id('bob')],
      ['updatePerson', id('admin')],
      ['person', id('alice')],
    ]);
    const seqs = answer.data!.auditEvents.map((e: { seq: number }) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    const kenji = await run(adminViewer, eventsQuery, { personId: id('kenji') });
    expect(ours(kenji.data!.auditEvents).map((e: { action: string }) => e.action)).toEqual(['network']);
  });

  it('filters by kind and username together, and pages with limit and offset', async () => {
    const bob = await run(adminViewer, eventsQuery, { username: id('bob') });
    expect(bob.data!.auditEvents.map((e: { kind: string }) => e.kind)).toEqual(['LOGIN_FAILED', 'DISCLOSURE']);
    const disclosures = await run(adminViewer, eventsQuery, { username: id('bob'), kind: 'DISCLOSURE' });
    expect(disclosures.data!.auditEvents.map((e: { level: string }) => e.level)).toEqual(['NAME']);
    const second = await run(adminViewer, eventsQuery, { username: id('bob'), limit: 1, offset: 1 });
    expect(second.data!.auditEvents.map((e: { kind: string }) => e.kind)).toEqual(['DISCLOSURE']);
  });

  it('takes a date range as whole days, or as instants', async () => {
    const kinds = async (vars: Record<string, string>) =>
      (await run(adminViewer, eventsQuery, { username: id('bob'), ...vars })).data!.auditEvents.length;
    expect(await kinds({ from: localDay(0), to: localDay(0) })).toBe(2);
    expect(await kinds({ from: localDay(1) })).toBe(0);
    expect(await kinds({ to: localDay(-1) })).toBe(0);
    const admin = async (vars: Record<string, string>) =>
      (await run(adminViewer, eventsQuery, { username: id('admin'), ...vars })).data!.auditEvents.length;
    expect(await admin({ from: afterChange })).toBe(0);
    expect(await admin({ to: afterChange })).toBe(1);
  });

  it('refuses a date it cannot read', async () => {
    const answer = await run(adminViewer, eventsQuery, { from: 'yesterday' });
    expect(answer.data).toBeNull();
    expect(answer.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(answer.errors![0].message).toContain('from "yesterday"');
  });

  it('records that the administrator read the log, naming the people shown', async () => {
    await run(named(adminViewer, 'reader'), eventsQuery, { username: id('alice') });
    const answer = await run(adminViewer, eventsQuery, { username: id('reader') });
    expect(answer.data!.auditEvents).toEqual([
      expect.objectContaining({ kind: 'DISCLOSURE', action: 'auditEvents', personIds: [id('hana')], level: 'DETAILS' }),
    ]);
  });

  it.each([
    ['COORDINATOR', coordinator],
    ['PLANNER', planner],
    ['COUNCIL_MEMBER', councilMember],
  ])('is refused to a %s, as is auditIntegrity', async (_role, viewer) => {
    expect(await run(viewer, eventsQuery, { personId: id('hana') })).toEqual({
      data: null,
      errors: [
        {
          message: 'only an administrator reads the audit log',
          path: ['auditEvents'],
          locations: expect.any(Array),
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });
    const integrity = await run(viewer, '{ auditIntegrity { holds } }');
    expect(integrity.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('personAuditTrail', () => {
  it('shows the coordinator of the area who was shown the person: who, when, what, how much', async () => {
    const answer = await run(coordinator, trailQuery, { personId: id('hana') });
    expect(answer.errors).toBeUndefined();
    const made = [id('bob'), id('alice'), id('admin')];
    expect(answer.data!.personAuditTrail.filter((e: { username: string }) => made.includes(e.username))).toEqual([
      { at: expect.any(String), username: id('bob'), role: 'COUNCIL_MEMBER', action: 'network', level: 'NAME' },
      { at: expect.any(String), username: id('alice'), role: 'COORDINATOR', action: 'person', level: 'DETAILS' },
    ]);
  });

  it('records the reading of the trail in the trail', async () => {
    await run(coordinator, trailQuery, { personId: id('hana') });
    const answer = await run(adminViewer, trailQuery, { personId: id('hana') });
    expect(ours(answer.data!.personAuditTrail)[0]).toEqual({
      at: expect.any(String),
      username: id('coordinator'),
      role: 'COORDINATOR',
      action: 'personAuditTrail',
      level: 'DETAILS',
    });
  });

  it("refuses a coordinator a person outside their areas, even one whose details they may see, and one who doesn't exist alike", async () => {
    const elsewhere = await run(coordinator, trailQuery, { personId: id('kenji') });
    expect(elsewhere).toEqual({
      data: null,
      errors: [
        {
          message: `you may not see who looked at person "${id('kenji')}"`,
          path: ['personAuditTrail'],
          locations: expect.any(Array),
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });
    const nobody = await run(coordinator, trailQuery, { personId: id('nobody') });
    expect(nobody.errors![0].message).toBe(`you may not see who looked at person "${id('nobody')}"`);
    expect(nobody.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('gives ADMIN the trail of anyone', async () => {
    const answer = await run(adminViewer, trailQuery, { personId: id('kenji') });
    expect(ours(answer.data!.personAuditTrail).map((e: { username: string }) => e.username)).toEqual([id('bob')]);
  });

  it.each([
    ['PLANNER', planner],
    ['COUNCIL_MEMBER', councilMember],
  ])('is refused to a %s of the area', async (_role, viewer) => {
    const answer = await run(viewer, trailQuery, { personId: id('hana') });
    expect(answer.data).toBeNull();
    expect(answer.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('refusals', () => {
  const refusals = async (username: string | null, action: string) => {
    const answer = await run(adminViewer, eventsQuery, {
      ...(username ? { username } : {}),
      kind: 'REFUSAL',
      limit: 200,
    });
    return answer.data!.auditEvents.filter((e: { action: string }) => e.action === action);
  };

  it('records an operation answered with FORBIDDEN: the operation, the path and message, the viewer and request', async () => {
    await run(planner, `query Peek_${tag}($id: ID!) { me { username } personAuditTrail(personId: $id) { at } }`, {
      id: id('hana'),
    });
    expect(await refusals(id('planner'), `Peek_${tag}`)).toEqual([
      expect.objectContaining({
        kind: 'REFUSAL',
        username: id('planner'),
        role: 'PLANNER',
        requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        message: `personAuditTrail [FORBIDDEN]: you may not see who looked at person "${id('hana')}"`,
        personIds: [],
      }),
    ]);
  });

  it('records an operation without a token, with no viewer', async () => {
    await run(undefined, `query Anon_${tag} { auditEvents { seq } }`);
    expect(await refusals(null, `Anon_${tag}`)).toEqual([
      expect.objectContaining({
        username: null,
        role: null,
        message: 'auditEvents [UNAUTHENTICATED]: log in first: this needs a valid bearer token',
      }),
    ]);
  });

  it('does not record an error that is not a refusal', async () => {
    await run(named(adminViewer, 'typo'), `query Typo_${tag} { auditEvents(from: "soon") { seq } }`);
    expect(await refusals(null, `Typo_${tag}`)).toEqual([]);
  });
});
