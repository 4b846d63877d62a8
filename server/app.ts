/** The HTTP app: GraphQL at /graphql, the built web app at /. */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { reportWorkbookRoutes } from './analysis/area-report/workbook/reportWorkbook.http.js';
import { auditRefusals } from './audit/audit.plugin.js';
import { introspectionNeedsLogin } from './auth/introspection.js';
import { setStandInKey } from './auth/standIns.js';
import { LoginThrottle, type ThrottleLimits } from './auth/throttle.js';
import { TokenService } from './auth/tokens.js';
import { loadViewer } from './auth/users.service.js';
import { bundleRoutes, type TransferLimits } from './bundles/bundle.http.js';
import type { Context } from './context.js';
import type { Graph } from './graph/graph.js';
import { hsdsRoutes } from './hsds/hsds.http.js';
import { networkFileRoutes } from './network/formats/networkFile.http.js';
import { buildAppSchema } from './schema.js';
import { jsonErrors, securityHeaders } from './shared/http.js';
import { logger } from './shared/logger.js';
import { queryLimitsPlugin } from './shared/queryLimits.js';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web/dist');

/** Known errors keep their message; anything else is logged and shown as a generic failure. */
function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (code && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  logger.error({ err: (error as { originalError?: unknown }).originalError ?? error }, 'unexpected error');
  return {
    message: 'something went wrong on the server; it has been logged',
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
    path: formatted.path,
  };
}

/** Fires when the client goes away before the answer is sent: its reads are then stopped (Graph.forRequest). */
function closedBeforeAnswered(res: express.Response): AbortSignal {
  const closed = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) closed.abort();
  });
  return closed.signal;
}

export interface App {
  express: express.Express;
  apollo: ApolloServer<Context>;
  /** Builds a context as a request with this bearer token would get (tests use it). */
  contextFor(authorization: string | undefined, address?: string | null, closed?: AbortSignal): Promise<Context>;
  stop(): Promise<void>;
}

export interface AppOptions {
  /** The app secret (auth/secrets.ts): signs tokens and keys stand-in ids. */
  secret: Buffer;
  /** Express's `trust proxy`: behind a TLS proxy, which hops' X-Forwarded-For to believe for the client address. */
  trustProxy?: boolean | number | string;
  /** Failed-login limits (auth/throttle.ts); the defaults unless a test needs others. */
  loginLimits?: ThrottleLimits;
  /** Bundle imports and exports per user (bundles/bundle.http.ts); the defaults unless a test needs others. */
  transferLimits?: TransferLimits;
}

export async function createApp(graph: Graph, options: AppOptions): Promise<App> {
  const tokens = new TokenService(options.secret);
  const logins = new LoginThrottle(graph, options.loginLimits);
  setStandInKey(options.secret);
  const apollo = new ApolloServer<Context>({
    schema: await buildAppSchema(),
    formatError: maskError,
    // for a logged-in user only (introspectionNeedsLogin)
    introspection: true,
    // no landing page, introspection only with a token, query limits; every refusal becomes a REFUSAL audit event
    plugins: [ApolloServerPluginLandingPageDisabled(), introspectionNeedsLogin, queryLimitsPlugin, auditRefusals()],
    // stack traces would show our source paths to any client
    includeStacktraceInErrorResponses: false,
  });
  await apollo.start();

  async function contextFor(
    authorization: string | undefined,
    address: string | null = null,
    closed?: AbortSignal,
  ): Promise<Context> {
    const token = authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
    const claims = token ? await tokens.read(token) : undefined;
    const request = { id: randomUUID(), address };
    const found = claims ? await loadViewer(graph, claims) : undefined;
    const viewer = found && { ...found, request };
    const requestGraph = closed ? graph.forRequest(closed) : graph;
    return { viewer, session: viewer && claims, graph: requestGraph, tokens, logins, requestId: request.id, address };
  }

  const app = express();
  app.disable('x-powered-by');
  if (options.trustProxy !== undefined) app.set('trust proxy', options.trustProxy);
  app.use(securityHeaders());
  app.use(
    '/graphql',
    express.json({ limit: '5mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => contextFor(req.headers.authorization, req.ip ?? null, closedBeforeAnswered(res)),
    }),
  );
  app.use('/api/bundle', bundleRoutes({ graph, contextFor, limits: options.transferLimits }));
  app.use('/api/network', networkFileRoutes({ graph, contextFor }));
  app.use('/api/directory', hsdsRoutes({ graph, contextFor }));
  app.use('/api/report', reportWorkbookRoutes({ graph, contextFor }));
  app.use('/api', (_req, res) => {
    res.status(404).json({ errors: [{ message: 'no such endpoint', extensions: { code: 'NOT_FOUND' } }] });
  });
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true, gds: graph.gdsVersion ?? null });
  });
  if (fs.existsSync(webDist)) {
    app.use(express.static(webDist, { index: false, maxAge: '1h' }));
    // the web app routes on the client: every other GET gets its page
    app.get(/^(?!\/graphql|\/api\/).*/, (_req, res) => {
      res.sendFile(path.join(webDist, 'index.html'));
    });
  }
  // last: a body that is not JSON or too large, or anything thrown above, answers JSON without stack or paths
  app.use(jsonErrors);
  return { express: app, apollo, contextFor, stop: () => apollo.stop() };
}
