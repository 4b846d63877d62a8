/** The HTTP and GraphQL hardening, against the real Express app: limits, introspection, headers, JSON errors. */
import fs from 'node:fs';
import path from 'node:path';
import { type DocumentNode, Kind } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../../server/auth/users.service.js';
import { UserRole } from '../../server/auth/viewer.js';
import { buildAppSchema } from '../../server/schema.js';
import { queryLimitError, queryLimits } from '../../server/shared/queryLimits.js';
import { testApp } from '../helpers/api.js';
import { testGraph, uniquePrefix } from '../helpers/graph.js';
import { loginOver, type Served, serve } from '../helpers/http.js';

const username = `${uniquePrefix()}planner`;
const password = 'correct horse battery';
let served: Served;
let token: string;

beforeAll(async () => {
  await addUser(await testGraph(), { username, password, role: UserRole.PLANNER, areaIds: [] });
  served = await serve(await testApp());
  token = await loginOver(served, username, password);
});

afterAll(async () => {
  await (await testGraph()).write('MATCH (u:User {username: $username}) DELETE u', { username });
});

/** Whether a stack frame or one of our source paths shows in a text. */
const leaksInternals = (text: string) => /\bat \S+ \(|node_modules|\/server\/|\.ts:\d+/.test(text);

describe('introspection', () => {
  const introspection = { query: '{ __schema { queryType { name } } }' };

  it('is refused without a token', async () => {
    const answer = await served.post(introspection);
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({
      errors: [
        expect.objectContaining({
          message: 'log in first: introspection needs a valid bearer token',
          extensions: { code: 'UNAUTHENTICATED' },
        }),
      ],
    });
    const byType = await served.post({ query: '{ __type(name: "Person") { name } }' });
    expect(byType.status).toBe(401);
  });

  it('is answered for a logged-in user', async () => {
    expect((await served.post(introspection, token)).body).toEqual({
      data: { __schema: { queryType: { name: 'Query' } } },
    });
  });

  it('has no landing page: a browser asking for /graphql gets no HTML', async () => {
    const response = await fetch(`${served.base}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type') ?? '').not.toContain('text/html');
  });
});

describe('query limits', () => {
  it(`refuses more than ${queryLimits.maxAliases} aliases with a clear error, before running anything`, async () => {
    const maps = Array.from({ length: 500 }, (_, i) => `m${i}: areas { id }`).join(' ');
    const answer = await served.post({ query: `{ ${maps} }` }, token);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      errors: [
        expect.objectContaining({
          message: `the query asks too much: Aliases limit of ${queryLimits.maxAliases} exceeded, found 500.`,
          extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX' }),
        }),
      ],
    });
  });

  it(`refuses a query deeper than ${queryLimits.maxDepth} with a clear error`, async () => {
    // the area report nests its children: twelve levels of them
    const nested = `{ areaReport(areaId: "nowhere") { ${'children { '.repeat(12)}areaId${' }'.repeat(12)} } }`;
    const answer = await served.post({ query: nested }, token);
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0]).toMatchObject({
      message: expect.stringMatching(
        new RegExp(`^the query asks too much: Query depth limit of ${queryLimits.maxDepth} exceeded, found \\d+\\.$`),
      ),
      extensions: { code: 'QUERY_TOO_COMPLEX' },
    });
  });

  it('lets every document of the web app through', async () => {
    const schema = await buildAppSchema();
    const features = path.resolve('web/src/features');
    const documents: [string, DocumentNode][] = [];
    for (const folder of fs.readdirSync(features)) {
      for (const file of fs.readdirSync(path.join(features, folder)).filter((name) => name.endsWith('.graphql.ts'))) {
        const module = (await import(path.join(features, folder, file))) as Record<string, unknown>;
        for (const [name, value] of Object.entries(module)) {
          if ((value as DocumentNode)?.kind === Kind.DOCUMENT)
            documents.push([`${folder}/${file} ${name}`, value as DocumentNode]);
        }
      }
    }
    expect(documents.length).toBeGreaterThan(10);
    const refused = documents
      .map(([name, document]) => [name, queryLimitError(schema, document)?.message])
      .filter(([, error]) => error);
    expect(refused).toEqual([]);
  });
});

describe('HTTP', () => {
  it('sends the security headers on the API and the web app', async () => {
    for (const url of [`${served.base}/graphql`, `${served.base}/healthz`]) {
      const headers = (
        await fetch(url, {
          method: url.endsWith('graphql') ? 'POST' : 'GET',
          headers: { 'content-type': 'application/json' },
          body: url.endsWith('graphql') ? '{"query":"{ __typename }"}' : undefined,
        })
      ).headers;
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('x-frame-options')).toBe('DENY');
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(headers.get('x-powered-by')).toBeNull();
    }
  });

  it('answers a body that is too large with a JSON error and no stack trace or path', async () => {
    const response = await fetch(`${served.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(6 * 1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toContain('application/json');
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      errors: [{ message: 'the request body is too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
    });
    expect(leaksInternals(text)).toBe(false);
  });

  it('answers malformed JSON with a JSON error and no stack trace or path', async () => {
    const response = await fetch(`${served.base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      errors: [{ message: 'the request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
    expect(leaksInternals(text)).toBe(false);
  });
});
