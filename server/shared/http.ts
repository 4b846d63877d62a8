/** HTTP-level protection: security headers for every answer, and errors below GraphQL answered as JSON. */
import { createHash } from 'node:crypto';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import helmet from 'helmet';
import { logger } from './logger.js';

/** Cytoscape adds one <style> of its own; it is allowed by its hash, so no other inline style is. */
const cytoscapeStyle = `'sha256-${createHash('sha256').update('.__________cytoscape_container { position: relative; }').digest('base64')}'`;

/** Helmet's headers with a Content-Security-Policy the built web app runs under (checked in Chromium). */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", cytoscapeStyle],
        // the favicon and icons are data: URLs; exports draw the map through blob: URLs
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        // no upgrade-insecure-requests: on loopback the app is plain HTTP; TLS is the proxy's (README)
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

/** What a request error of body-parser carries. */
interface HttpError {
  status?: number;
  type?: string;
}

/** The last handler: a JSON error in the GraphQL shape, never Express's HTML page with a stack trace and paths. */
export const jsonErrors: ErrorRequestHandler = (error: unknown, _req, res, next) => {
  if (res.headersSent) return next(error);
  const { status, type } = (error ?? {}) as HttpError;
  let body: { message: string; code: string };
  let code = 500;
  if (type === 'entity.too.large') {
    code = 413;
    body = { message: 'the request body is too large', code: 'PAYLOAD_TOO_LARGE' };
  } else if (typeof status === 'number' && status >= 400 && status < 500) {
    code = status;
    body = {
      message: type === 'entity.parse.failed' ? 'the request body is not valid JSON' : 'the request is not valid',
      code: 'BAD_REQUEST',
    };
  } else {
    logger.error({ err: error }, 'unexpected error in an HTTP handler');
    body = { message: 'something went wrong on the server; it has been logged', code: 'INTERNAL_SERVER_ERROR' };
  }
  res.status(code).json({ errors: [{ message: body.message, extensions: { code: body.code } }] });
};
