/**
 * The town bundle over HTTP, for the web app: `POST /api/bundle/import?mode=dry-run|commit` takes one .zip (the
 * browser zips a chosen folder itself) or, sent as `workbookType`, one .xlsx workbook; `GET /api/bundle/export`
 * answers the whole town as a .zip of the CSV files `npm run export` writes, or with `format=xlsx` as its workbook. ADMIN only, with the bearer token; rate-limited per user; every refusal, import and export
 * is in the audit log. Answers are JSON in the GraphQL error shape, as jsonErrors gives.
 */
import { createHash } from 'node:crypto';
import express, { type Request, type Response, Router } from 'express';
import { GraphQLError } from 'graphql';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { appendAudit, audit } from '../audit/audit.service.js';
import { isAdmin } from '../auth/policy.js';
import { SharedLimiter } from '../auth/sharedLimiter.js';
import { actorOf } from '../auth/viewer.js';
import type { Context } from '../context.js';
import type { Graph } from '../graph/graph.js';
import { uploadBytes } from '../shared/bundleLimits.js';
import { BundleInvalidError } from '../shared/errors.js';
import { workbookType } from '../shared/workbookType.js';
import { exportBundleFiles, exportBundleTables } from './export.js';
import { importRawBundle } from './import.js';
import { readBundleFiles } from './read.js';
import { readBundleWorkbook } from './xlsx/readWorkbook.js';
import { bundleWorkbook } from './xlsx/writeWorkbook.js';
import { unzipBundle, zipBundle } from './zip.js';

/**
 * Per user, counted in the database so that every app server counts together: imports (dry runs and commits
 * together) and exports in a quarter of an hour.
 */
export interface TransferLimits {
  imports: number;
  exports: number;
}
const defaultLimits: TransferLimits = { imports: 30, exports: 10 };
const window = 15 * 60;

interface Deps {
  graph: Graph;
  contextFor(authorization: string | undefined, address: string | null): Promise<Context>;
  limits?: TransferLimits;
}

function fail(res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });
}

const statusOf: Record<string, number> = { BAD_USER_INPUT: 400, NOT_FOUND: 404, CONFLICT: 409 };

export function bundleRoutes({ graph, contextFor, limits = defaultLimits }: Deps): Router {
  const importLimiter = new SharedLimiter(graph, {
    keyPrefix: 'bundle-import',
    points: limits.imports,
    duration: window,
  });
  const exportLimiter = new SharedLimiter(graph, {
    keyPrefix: 'bundle-export',
    points: limits.exports,
    duration: window,
  });

  /** The ADMIN behind the request, or an answer (401, 403 audited as a refusal, 429) and undefined. */
  async function adminOf(req: Request, res: Response, action: string, limiter: SharedLimiter) {
    const context = await contextFor(req.headers.authorization, req.ip ?? null);
    const viewer = context.viewer;
    if (!viewer) {
      fail(res, 401, 'UNAUTHENTICATED', 'log in first: this needs a valid bearer token');
      return undefined;
    }
    // the limit comes first: refusals are written to the audit log, and a loop of them must not flood it
    try {
      await limiter.consume(viewer.username);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      res.setHeader('Retry-After', String(seconds));
      fail(res, 429, 'TOO_MANY_REQUESTS', `too many bundle transfers; try again in ${Math.ceil(seconds / 60)} min`, {
        retryAfterSeconds: seconds,
      });
      return undefined;
    }
    if (!isAdmin(viewer)) {
      const message = 'only an administrator imports or exports a town bundle';
      await audit(graph, actorOf(viewer), { kind: 'REFUSAL', action, message });
      fail(res, 403, 'FORBIDDEN', message);
      return undefined;
    }
    return viewer;
  }

  const router = Router();

  // who asks is checked before the upload is read: no one without the right buffers 30 MB on the server
  const checkMode: express.RequestHandler = (req, res, next) => {
    const mode = req.query.mode;
    if (mode !== 'dry-run' && mode !== 'commit') {
      return fail(res, 400, 'BAD_USER_INPUT', 'say mode=dry-run or mode=commit', { argument: 'mode' });
    }
    next();
  };
  const admitImporter: express.RequestHandler = (req, res, next) => {
    adminOf(req, res, 'importBundle', importLimiter).then((viewer) => {
      if (!viewer) return;
      res.locals.viewer = viewer;
      next();
    }, next);
  };

  router.post(
    '/import',
    checkMode,
    admitImporter,
    express.raw({ type: () => true, limit: uploadBytes }),
    async (req, res) => {
      const viewer = res.locals.viewer as NonNullable<Context['viewer']>;
      const mode = req.query.mode;
      const archive: Uint8Array = Buffer.isBuffer(req.body) ? req.body : new Uint8Array();
      const dryRun = mode === 'dry-run';
      try {
        const raw = req.is(workbookType)
          ? await readBundleWorkbook(archive, 'the workbook')
          : readBundleFiles(unzipBundle(archive), 'the zip');
        const digest = createHash('sha256').update(archive).digest('hex');
        const { plan } = await importRawBundle(graph, raw, {
          dryRun,
          source: `upload ${digest.slice(0, 16)} by ${viewer.username}`,
          record: (tx, files, personIds) => appendAudit(tx, actorOf(viewer), [importEvent(digest, files, personIds)]),
        });
        res.json({ dryRun, files: plan, problems: [] });
      } catch (error) {
        if (error instanceof BundleInvalidError) {
          res.status(422).json({ dryRun, files: [], problems: error.problems });
          return;
        }
        if (
          error instanceof GraphQLError &&
          typeof error.extensions.code === 'string' &&
          statusOf[error.extensions.code]
        ) {
          return fail(res, statusOf[error.extensions.code], error.extensions.code, error.message, {
            ...(error.extensions.argument ? { argument: error.extensions.argument } : {}),
          });
        }
        throw error;
      }
    },
  );

  router.get('/export', async (req, res) => {
    const viewer = await adminOf(req, res, 'exportBundle', exportLimiter);
    if (!viewer) return;
    const workbook = req.query.format === 'xlsx';
    let body: Uint8Array;
    let personIds: string[];
    if (workbook) {
      const exported = await exportBundleTables(graph);
      [body, personIds] = [await bundleWorkbook(exported.tables), exported.personIds];
    } else {
      const exported = await exportBundleFiles(graph);
      [body, personIds] = [zipBundle(exported.files), exported.personIds];
    }
    // the whole town leaves the app: a disclosure of every person in it, recorded before the bytes go
    await audit(graph, actorOf(viewer), exportEvent(personIds));
    const day = new Date().toISOString().slice(0, 10);
    res.setHeader('Content-Type', workbook ? workbookType : 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename="tsunagari-bundle-${day}.${workbook ? 'xlsx' : 'zip'}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send(Buffer.from(body));
  });

  return router;
}

function importEvent(digest: string, files: { file: string }[], personIds: string[]) {
  return {
    kind: 'CHANGE' as const,
    action: 'importBundle',
    entity: 'Bundle',
    entityId: digest,
    personIds,
    changes: files.map(({ file, ...counts }) => ({ field: file, before: null, after: counts })),
  };
}

function exportEvent(personIds: string[]) {
  return { kind: 'DISCLOSURE' as const, action: 'exportBundle', level: 'DETAILS' as const, personIds };
}
