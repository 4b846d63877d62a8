/**
 * Runs whole GraphQL operations against the real schema and database, as a given viewer, and returns
 * `{data, errors}` as a client would see them.
 */
import { randomBytes } from 'node:crypto';
import 'reflect-metadata';
import { afterAll } from 'vitest';
import { type App, createApp } from '../../server/app.js';
import { UserRole, type Viewer } from '../../server/auth/viewer.js';
import { testGraph } from './graph.js';

export interface Answer<Data = Record<string, any>> {
  data?: Data | null;
  errors?: { message: string; extensions?: Record<string, any>; path?: readonly (string | number)[] }[];
}

let app: Promise<App> | undefined;

/** The app of this test file, over the test database. */
export function testApp(): Promise<App> {
  if (!app) {
    app = testGraph().then((graph) => createApp(graph, { secret: randomBytes(48) }));
    afterAll(async () => {
      await (await app)?.stop();
      app = undefined;
    });
  }
  return app;
}

export const adminViewer: Viewer = {
  username: 'test-admin',
  role: UserRole.ADMIN,
  areaIds: [],
  scope: undefined,
  municipalityIds: [],
};

/** A non-admin viewer of the given areas; `scope` must list every area id inside them. */
export function viewerOf(role: UserRole, scope: string[], municipalityIds: string[] = []): Viewer {
  return {
    username: `test-${role.toLowerCase()}`,
    role,
    areaIds: scope.slice(0, 1),
    scope: new Set(scope),
    municipalityIds,
  };
}

/** Executes one operation as the viewer (undefined: no token). */
export async function run<Data = Record<string, any>>(
  viewer: Viewer | undefined,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Answer<Data>> {
  const { apollo, contextFor } = await testApp();
  const context = { ...(await contextFor(undefined)), viewer };
  const response = await apollo.executeOperation({ query, variables }, { contextValue: context });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  return JSON.parse(JSON.stringify({ data, ...(errors ? { errors } : {}) }));
}
