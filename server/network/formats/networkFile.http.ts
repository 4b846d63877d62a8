/**
 * Graph files over HTTP, for the map's export menu: `GET /api/network/file?areaId=…&format=graphml|gexf` (with
 * `asOf` and `includeEnded` as the `network` query takes them, and `neutral=true&lang=ja|en` for
 * neutral labels), for every logged-in role, answering the network as
 * that viewer may see it. Refusals are recorded in the audit log as the GraphQL ones are; errors come in the GraphQL
 * shape `{errors: [{message, extensions: {code}}]}`.
 */
import { type Request, type Response, Router } from 'express';
import { GraphQLError } from 'graphql';
import { refusalCodes } from '../../audit/audit.plugin.js';
import { audit } from '../../audit/audit.service.js';
import { actorOf } from '../../auth/viewer.js';
import type { Context } from '../../context.js';
import type { Graph } from '../../graph/graph.js';
import { networkFile } from './networkFile.service.js';

interface Deps {
  graph: Graph;
  contextFor(authorization: string | undefined, address: string | null): Promise<Context>;
}

const statusOf: Record<string, number> = { BAD_USER_INPUT: 400, FORBIDDEN: 403, NOT_FOUND: 404 };

function fail(res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

export function networkFileRoutes({ graph, contextFor }: Deps): Router {
  const router = Router();
  router.get('/file', async (req: Request, res: Response) => {
    const context = await contextFor(req.headers.authorization, req.ip ?? null);
    const viewer = context.viewer;
    if (!viewer) return fail(res, 401, 'UNAUTHENTICATED', 'log in first: this needs a valid bearer token');
    const format = text(req.query.format) ?? '';
    try {
      const file = await networkFile(graph, viewer, {
        areaId: text(req.query.areaId) ?? '',
        format,
        asOf: text(req.query.asOf),
        includeEnded: req.query.includeEnded === 'true',
        neutral: req.query.neutral === 'true' ? (req.query.lang === 'en' ? 'en' : 'ja') : undefined,
      });
      res.setHeader('Content-Type', file.contentType);
      res.setHeader('Content-Disposition', `attachment; filename="${file.filename}"`);
      res.setHeader('Cache-Control', 'no-store');
      res.send(file.body);
    } catch (error) {
      if (!(error instanceof GraphQLError) || typeof error.extensions.code !== 'string') throw error;
      const code = error.extensions.code;
      if (!statusOf[code]) throw error;
      if (refusalCodes.has(code)) {
        await audit(graph, actorOf(viewer), {
          kind: 'REFUSAL',
          action: `networkFile:${format}`,
          message: `[${code}]: ${error.message}`,
        });
      }
      fail(res, statusOf[code], code, error.message, {
        ...(error.extensions.argument ? { argument: error.extensions.argument } : {}),
      });
    }
  });
  return router;
}
