/**
 * The 生活便利帳 as HSDS over HTTP, for the directory page's buttons: `GET /api/directory/hsds?areaId=…&format=zip`
 * (the tabular data package as one zip: the CSV files and datapackage.json) or `format=json` (the compiled
 * services). Every logged-in role, for the areas it may open, as the directory itself; nothing in it is about a
 * person, so it is no disclosure. A refusal is recorded in the audit log as the GraphQL ones are; errors come in
 * the GraphQL shape `{errors: [{message, extensions: {code}}]}`.
 */
import { type Request, type Response, Router } from 'express';
import { GraphQLError } from 'graphql';
import { refusalCodes } from '../audit/audit.plugin.js';
import { audit } from '../audit/audit.service.js';
import { actorOf } from '../auth/viewer.js';
import { zipBundle } from '../bundles/zip.js';
import type { Context } from '../context.js';
import type { Graph } from '../graph/graph.js';
import { BadInputError } from '../shared/errors.js';
import { hsdsExport, hsdsJson, hsdsPackageFiles } from './export/hsds.export.js';

interface Deps {
  graph: Graph;
  contextFor(authorization: string | undefined, address: string | null): Promise<Context>;
}

const statusOf: Record<string, number> = { BAD_USER_INPUT: 400, FORBIDDEN: 403, NOT_FOUND: 404 };
const formats = ['zip', 'json'] as const;

function fail(res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export function hsdsRoutes({ graph, contextFor }: Deps): Router {
  const router = Router();
  router.get('/hsds', async (req: Request, res: Response) => {
    const context = await contextFor(req.headers.authorization, req.ip ?? null);
    const viewer = context.viewer;
    if (!viewer) return fail(res, 401, 'UNAUTHENTICATED', 'log in first: this needs a valid bearer token');
    const format = text(req.query.format);
    try {
      if (!formats.some((f) => f === format))
        throw new BadInputError(`format "${format}" is not one of ${formats.join(', ')}`, 'format');
      const areaId = text(req.query.areaId);
      const exported = await hsdsExport(graph, viewer, areaId);
      // the id may hold any character the data gave it: the file's name keeps only safe ones
      const stem = `hsds-${areaId.replace(/[^A-Za-z0-9_-]/g, '_')}-${exported.meta.asOf}`;
      const zip = format === 'zip';
      res.setHeader('Content-Type', zip ? 'application/zip' : 'application/json; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="${stem}.${format}"`);
      res.setHeader('Cache-Control', 'no-store');
      res.send(zip ? Buffer.from(zipBundle(hsdsPackageFiles(exported))) : hsdsJson(exported));
    } catch (error) {
      if (!(error instanceof GraphQLError) || typeof error.extensions.code !== 'string') throw error;
      const code = error.extensions.code;
      if (!statusOf[code]) throw error;
      if (refusalCodes.has(code)) {
        await audit(graph, actorOf(viewer), {
          kind: 'REFUSAL',
          action: `hsds:${format}`,
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
