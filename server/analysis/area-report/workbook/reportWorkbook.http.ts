/**
 * The 地域カルテ's workbook over HTTP, for the report screen's download: `GET /api/report/workbook?areaId=…&asOf=…`,
 * for every logged-in role whose areas hold the area (as the areaReport query), answering the report as that
 * viewer may see it, with the change of each key figure since a year before. Refusals are recorded in the audit
 * log as the GraphQL ones are; errors come in the GraphQL shape `{errors: [{message, extensions: {code}}]}`.
 */
import { type Request, type Response, Router } from 'express';
import { GraphQLError } from 'graphql';
import { refusalCodes } from '../../../audit/audit.plugin.js';
import { audit } from '../../../audit/audit.service.js';
import { assertAreaAccess } from '../../../auth/policy.js';
import { actorOf } from '../../../auth/viewer.js';
import type { Context } from '../../../context.js';
import type { Graph } from '../../../graph/graph.js';
import { yearBefore } from '../../../shared/dates.js';
import { readAsOf } from '../../../shared/validate.js';
import { workbookType } from '../../../shared/workbookType.js';
import { toAreaReport } from '../areaReport.mask.js';
import { areaReport } from '../areaReport.service.js';
import { reportWorkbook, reportWorkbookName } from './reportWorkbook.js';

interface Deps {
  graph: Graph;
  contextFor(authorization: string | undefined, address: string | null): Promise<Context>;
}

const statusOf: Record<string, number> = { BAD_USER_INPUT: 400, FORBIDDEN: 403, NOT_FOUND: 404 };

function fail(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

export function reportWorkbookRoutes({ graph, contextFor }: Deps): Router {
  const router = Router();
  router.get('/workbook', async (req: Request, res: Response) => {
    const context = await contextFor(req.headers.authorization, req.ip ?? null);
    const viewer = context.viewer;
    if (!viewer) return fail(res, 401, 'UNAUTHENTICATED', 'log in first: this needs a valid bearer token');
    const areaId = text(req.query.areaId) ?? '';
    try {
      assertAreaAccess(viewer, areaId);
      const asOf = readAsOf(text(req.query.asOf));
      // the year before too, as the report screen asks for it: each key figure's change in a year
      const [report, earlier] = await Promise.all(
        [asOf, yearBefore(asOf)].map(async (date) =>
          toAreaReport(viewer, await areaReport(graph, { areaId, asOf: date, viewer })),
        ),
      );
      const body = await reportWorkbook(report, earlier);
      const name = reportWorkbookName(report);
      res.setHeader('Content-Type', workbookType);
      // the area's name is Japanese: RFC 6266's filename* carries it, filename an ASCII fallback
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="chiiki-karte_${report.asOf}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
      );
      res.setHeader('Cache-Control', 'no-store');
      res.send(Buffer.from(body));
    } catch (error) {
      if (!(error instanceof GraphQLError) || typeof error.extensions.code !== 'string') throw error;
      const code = error.extensions.code;
      if (!statusOf[code]) throw error;
      if (refusalCodes.has(code)) {
        await audit(graph, actorOf(viewer), {
          kind: 'REFUSAL',
          action: 'areaReportWorkbook',
          message: `[${code}]: ${error.message}`,
        });
      }
      fail(res, statusOf[code], code, error.message);
    }
  });
  return router;
}
