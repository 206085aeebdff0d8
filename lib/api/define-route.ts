import 'server-only';
import type { z } from 'zod';
import { getViewer } from '@/lib/dal/viewer.ts';
import type { Viewer } from '@/lib/dal/viewer-types.ts';
import { AppError, RateLimitedError, StaleVersionError, UnauthenticatedError, ValidationError } from '@/lib/errors.ts';
import { parseOrThrow } from '@/lib/validation/parse.ts';

/*
 * Route Handlers under /api/v1 share one shape: the caller comes from a bearer token or the session
 * cookie, bodies are parsed with strict schemas, and every error is `{ error: { code, message } }`.
 */

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    const headers = new Headers({ 'cache-control': 'no-store' });
    if (error instanceof RateLimitedError) headers.set('retry-after', String(error.retryAfterSeconds));
    const fields = error instanceof ValidationError ? { fields: error.fieldErrors } : {};
    const current = error instanceof StaleVersionError ? { current: error.current } : {};
    return Response.json({ error: { code: error.code, message: error.message, ...fields, ...current } }, { status: error.status, headers });
  }
  console.error(error);
  return Response.json({ error: { code: 'internal', message: 'Internal error' } }, { status: 500 });
}

type RouteContext = { params: Promise<Record<string, string>> };

export function defineApiRoute<T>(
  handler: (request: Request, viewer: Viewer, params: Record<string, string>) => Promise<T>,
) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      const viewer = await getViewer();
      if (!viewer) throw new UnauthenticatedError('Send a session cookie or Authorization: Bearer <token>');
      const result = await handler(request, viewer, await context.params);
      if (result instanceof Response) return result;
      return Response.json(result, { headers: { 'cache-control': 'private, no-store' } });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** Reads a JSON body and parses it with `schema`; malformed JSON is a validation error. */
export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new ValidationError('The request body must be JSON');
  }
  return parseOrThrow(schema, body);
}
