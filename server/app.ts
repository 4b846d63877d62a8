/** The HTTP app: GraphQL at /graphql, the built web app at /. */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { auditRefusals } from './audit/audit.plugin.js';
import { useStandInKey } from './auth/standIns.js';
import { TokenService } from './auth/tokens.js';
import { loadViewer } from './auth/users.service.js';
import type { Context } from './context.js';
import type { Graph } from './graph/graph.js';
import { buildAppSchema } from './schema.js';
import { logger } from './shared/logger.js';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web/dist');

/** Known errors keep their message; anything else is logged and shown as a generic failure. */
function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  logger.error({ err: (error as { originalError?: unknown }).originalError ?? error }, 'unexpected error');
  return { message: 'something went wrong on the server; it has been logged', extensions: { code: 'INTERNAL_SERVER_ERROR' }, path: formatted.path };
}

export interface App {
  express: express.Express;
  apollo: ApolloServer<Context>;
  /** Builds a context as a request with this bearer token would get (tests use it). */
  contextFor(authorization: string | undefined, address?: string | null): Promise<Context>;
  stop(): Promise<void>;
}

export interface AppOptions {
  /** The app secret (auth/secrets.ts): signs tokens and keys stand-in ids. */
  secret: Buffer;
}

export async function createApp(graph: Graph, options: AppOptions): Promise<App> {
  const tokens = new TokenService(options.secret);
  useStandInKey(options.secret);
  const apollo = new ApolloServer<Context>({
    schema: await buildAppSchema(),
    formatError: maskError,
    introspection: true,
    // stack traces would show our source paths to any client
    includeStacktraceInErrorResponses: false,
    // every FORBIDDEN / UNAUTHENTICATED answer becomes a REFUSAL audit event
    plugins: [auditRefusals()],
  });
  await apollo.start();

  async function contextFor(authorization: string | undefined, address: string | null = null): Promise<Context> {
    const token = authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
    const username = token ? await tokens.read(token) : undefined;
    const request = { id: randomUUID(), address };
    const found = username ? await loadViewer(graph, username) : undefined;
    const viewer = found && { ...found, request };
    return { viewer, graph, tokens, requestId: request.id, address };
  }

  const app = express();
  app.disable('x-powered-by');
  app.use(
    '/graphql',
    express.json({ limit: '5mb' }),
    expressMiddleware(apollo, { context: async ({ req }) => contextFor(req.headers.authorization, req.ip ?? null) }),
  );
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true, gds: graph.gdsVersion ?? null });
  });
  if (fs.existsSync(webDist)) {
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    // the web app routes on the client: every other GET gets its page
    app.get(/^(?!\/graphql).*/, (_req, res) => {
      res.sendFile(path.join(webDist, 'index.html'));
    });
  }
  return { express: app, apollo, contextFor, stop: () => apollo.stop() };
}
