/** Login throttling per username and per address, with counters in the database that every app server shares. */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { addUser } from '../../server/auth/users.service.js';
import { UserRole } from '../../server/auth/viewer.js';
import { type Answer, testApp } from '../helpers/api.js';
import { testGraph, uniquePrefix } from '../helpers/graph.js';

const p = uniquePrefix();
const password = 'correct horse battery';
const loginQuery = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) }';

/** A login as a request from the given address would make it. */
async function login(username: string, pass: string, address: string, app = testApp()): Promise<Answer> {
  const { apollo, contextFor } = await app;
  const response = await apollo.executeOperation(
    { query: loginQuery, variables: { u: username, p: pass } },
    { contextValue: await contextFor(undefined, address) },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return JSON.parse(JSON.stringify(response.body.singleResult));
}

/** Addresses of this test file only, so that other files' logins from 127.0.0.1 are never counted with these. */
const address = (name: string) => `${p}${name}`;

beforeAll(async () => {
  const graph = await testGraph();
  for (const name of ['victim', 'sprayed', 'patient']) {
    await addUser(graph, { username: `${p}${name}`, password, role: UserRole.COORDINATOR, areaIds: [] });
  }
});

afterAll(async () => {
  const graph = await testGraph();
  await graph.write('MATCH (u:User) WHERE u.username STARTS WITH $p DELETE u', { p });
  await graph.write('MATCH (t:RateCounter) WHERE t.key CONTAINS $p DELETE t', { p });
});

describe('login throttling', () => {
  it('refuses the right password after 50 wrong ones for the username, saying when to try again', async () => {
    const username = `${p}victim`;
    for (let i = 0; i < 50; i += 1) await login(username, `wrong password ${i}`, address(`attacker-${i % 5}`));
    const answer = await login(username, password, address('office'));
    expect(answer.data).toBeNull();
    expect(answer.errors).toEqual([
      expect.objectContaining({
        message: 'too many failed logins; try again in 15 minutes',
        extensions: expect.objectContaining({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: expect.any(Number) }),
      }),
    ]);
    expect(answer.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(14 * 60);
    const [failed] = await (await testGraph()).read<{ count: number }>(
      "MATCH (e:AuditEvent {kind: 'LOGIN_FAILED'}) WHERE e.message STARTS WITH $prefix RETURN count(e) AS count",
      { prefix: `user "${username}"` },
    );
    expect(failed.count).toBe(51);
  });

  it('refuses every login from an address that has failed 100 times, whatever the username', async () => {
    const sprayer = address('sprayer');
    for (let i = 0; i < 100; i += 1) await login(`${p}nobody-${i}`, 'guess-guess', sprayer);
    const fromThere = await login(`${p}sprayed`, password, sprayer);
    expect(fromThere.errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    const fromElsewhere = await login(`${p}sprayed`, password, address('elsewhere'));
    expect(fromElsewhere.data?.login).toEqual(expect.any(String));
  });

  it('lets the right password in again once the window has passed, on another app server too', async () => {
    // long enough that three slow failures on a busy machine fall into one window
    const limits = { perUsername: 3, perAddress: 100, windowSeconds: 5 };
    const graph = await testGraph();
    const [one, two] = [
      createApp(graph, { secret: randomBytes(48), loginLimits: limits }),
      createApp(graph, { secret: randomBytes(48), loginLimits: limits }),
    ];
    const username = `${p}patient`;
    for (let i = 0; i < 3; i += 1) await login(username, 'wrong wrong', address('a'), one);
    // the second server counts the failures the first one saw
    const refused = await login(username, password, address('b'), two);
    expect(refused.errors?.[0].extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    // as long as the error says, and a little more
    await new Promise((resolve) => setTimeout(resolve, refused.errors![0].extensions!.retryAfterSeconds * 1000 + 300));
    expect((await login(username, password, address('b'), two)).data?.login).toEqual(expect.any(String));
    await Promise.all([(await one).stop(), (await two).stop()]);
  });
});
