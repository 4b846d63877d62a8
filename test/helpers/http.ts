/** The real Express app of a test file on a loopback port, and a way to post GraphQL to it as a client would. */
import type { AddressInfo } from 'node:net';
import { afterAll } from 'vitest';
import type { App } from '../../server/app.js';

export interface Served {
  base: string;
  /** Posts one GraphQL operation, with a bearer token if given; the status, headers and parsed body come back. */
  post(body: object, token?: string): Promise<{ status: number; headers: Headers; body: any }>;
}

/** Listens on 127.0.0.1 (a free port) until the test file ends. */
export async function serve(app: App): Promise<Served> {
  const server = app.express.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    async post(body, token) {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      });
      return { status: response.status, headers: response.headers, body: await response.json() };
    },
  };
}

/** Logs in over HTTP and returns the token (the test fails on a refusal). */
export async function loginOver(served: Served, username: string, password: string): Promise<string> {
  const { body } = await served.post({
    query: 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) }',
    variables: { u: username, p: password },
  });
  if (!body.data?.login) throw new Error(`login of ${username} failed: ${JSON.stringify(body.errors)}`);
  return body.data.login;
}
