/**
 * An unknown username costs what a known one does: the password is verified against a dummy argon2 hash of the
 * same cost. Checked by structure (which hash is verified), not by a clock, which would make the test flaky.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addUser } from '../../server/auth/users.service.js';
import { UserRole } from '../../server/auth/viewer.js';
import { run } from '../helpers/api.js';
import { testGraph, uniquePrefix } from '../helpers/graph.js';

vi.mock('@node-rs/argon2', async (importOriginal) => {
  const real = await importOriginal<typeof import('@node-rs/argon2')>();
  return { ...real, verify: vi.fn(real.verify) };
});
const argon2 = await import('@node-rs/argon2');

const p = uniquePrefix();
const known = `${p}known`;
const login = 'mutation($u: String!) { login(username: $u, password: "some guess here") }';

/** The cost part of an argon2 hash: `$argon2id$v=19$m=19456,t=2,p=1`. */
const costOf = (hash: string) => hash.split('$').slice(0, 4).join('$');

beforeAll(async () => {
  await addUser(await testGraph(), {
    username: known,
    password: 'correct horse battery',
    role: UserRole.COORDINATOR,
    areaIds: [],
  });
});

afterAll(async () => {
  const graph = await testGraph();
  await graph.write('MATCH (u:User {username: $known}) DELETE u', { known });
  await graph.write('MATCH (t:RateCounter) WHERE t.key CONTAINS $p DELETE t', { p });
});

describe('a login with an unknown username', () => {
  it('verifies the password against a dummy hash of the same cost as a real one, and answers as for a wrong password', async () => {
    const verify = vi.mocked(argon2.verify);
    verify.mockClear();
    const unknown = await run(undefined, login, { u: `${p}nobody` });
    expect(verify).toHaveBeenCalledTimes(1);
    const dummyHash = String(verify.mock.calls[0][0]);
    verify.mockClear();
    const wrong = await run(undefined, login, { u: known });
    expect(verify).toHaveBeenCalledTimes(1);
    const realHash = String(verify.mock.calls[0][0]);
    expect(dummyHash).toMatch(/^\$argon2id\$/);
    expect(dummyHash).not.toBe(realHash);
    expect(costOf(dummyHash)).toBe(costOf(realHash));
    expect(unknown).toEqual(wrong);
    expect(unknown.errors?.[0].message).toBe('the username or the password is wrong');
  });
});
