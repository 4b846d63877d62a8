/** The real app over the bench database, listening on a free loopback port, with a logged-in client. */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createApp } from '../server/app.js';
import { addUser } from '../server/auth/users.service.js';
import { UserRole } from '../server/auth/viewer.js';
import type { Graph } from '../server/graph/graph.js';

export { median, percentile } from './stats.js';

export interface BenchClient {
  /** POSTs one GraphQL operation; throws on HTTP errors and GraphQL errors. */
  query<Data = any>(query: string, variables?: Record<string, unknown>): Promise<Data>;
  close(): Promise<void>;
}

/** Whom the client logs in as: the bench's ADMIN unless a section needs another role. */
export interface BenchUser {
  username: string;
  role: UserRole;
  areaIds: string[];
}

const admin: BenchUser = { username: 'bench-admin', role: UserRole.ADMIN, areaIds: [] };
const password = 'bench-admin-password';

export async function startBenchApp(graph: Graph, user: BenchUser = admin): Promise<BenchClient> {
  const { username } = user;
  const [existing] = await graph.read('MATCH (u:User {username: $username}) RETURN u.username AS username', {
    username,
  });
  if (!existing) await addUser(graph, { ...user, password });
  const app = await createApp(graph, { secret: randomBytes(48) });
  const server = app.express.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  let token = '';
  async function query<Data>(text: string, variables: Record<string, unknown> = {}): Promise<Data> {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: text, variables }),
    });
    const body = (await response.json()) as { data?: Data; errors?: { message: string }[] };
    if (!response.ok || body.errors)
      throw new Error(`HTTP ${response.status}: ${body.errors?.[0]?.message ?? 'no data'}`);
    return body.data as Data;
  }
  token = (
    await query<{ login: string }>('mutation($u: String!, $p: String!) { login(username: $u, password: $p) }', {
      u: username,
      p: password,
    })
  ).login;
  return {
    query,
    async close() {
      server.closeAllConnections();
      server.close();
      await app.stop();
    },
  };
}

/** The tier-2 area with the most people, the usual subject of the per-area bars. */
export async function largestArea(graph: Graph, tier: 1 | 2 | 3): Promise<string | undefined> {
  const [row] = await graph.read<{ id: string }>(
    `MATCH (a:Area {tier: $tier})
     RETURN a.id AS id, COUNT { (:Person)-[:LOCATED_IN]->(:Area)-[:WITHIN*0..]->(a) } AS people
     ORDER BY people DESC LIMIT 1`,
    { tier },
  );
  return row?.id;
}
