import 'server-only';
import type { z } from 'zod';
import { readTextBody } from '@/lib/api/read-text-body.ts';
import { getViewer } from '@/lib/auth/viewer.ts';
import type { Viewer } from '@/lib/dal/core/viewer-types.ts';
import { can, type Permission } from '@/lib/domain/permissions.ts';
import { AppError, NotFoundError, RateLimitedError, StaleVersionError, UnauthenticatedError, ValidationError } from '@/lib/errors.ts';
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

/** The path's ids and slugs. One holding U+0000 (`%00`) names nothing that can be stored: 404. */
export async function paramsOf(context: RouteContext): Promise<Record<string, string>> {
  // A route without dynamic segments is given no params at all.
  const params = (await context?.params) ?? {};
  if (Object.values(params).some((value) => typeof value === 'string' && value.includes('\u0000'))) throw new NotFoundError();
  return params;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A browser sends the session cookie with requests other sites make it send (a form posted from
 * elsewhere, a `fetch` with credentials), so a change made with the cookie must come from a page of
 * this site: `Sec-Fetch-Site` when the browser sends it, else `Origin` against the host the request
 * was sent to (as Next.js checks Server Actions). `Origin: null` (sandboxed frames, some redirects)
 * is refused. Bearer tokens are never sent by a browser on its own, so scripts are not affected.
 */
export function assertSameSite(request: Request): void {
  const site = request.headers.get('sec-fetch-site');
  if (site) {
    if (site === 'same-origin') return;
    throw crossSite();
  }
  const origin = request.headers.get('origin');
  if (origin === null) return;
  const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host');
  let originHost: string | null = null;
  try {
    originHost = new URL(origin).host;
  } catch {
    // "null" and anything else that is not a URL
  }
  if (!host || originHost !== host) throw crossSite();
}

const crossSite = () => new AppError('cross_site', 403, 'Changes signed in with a session cookie must come from this site');

type RouteHandler<T> = (request: Request, viewer: Viewer, params: Record<string, string>) => Promise<T>;

/**
 * A route handler under /api/v1. A route that needs a role permission names it first
 * (`defineApiRoute('glossary:manage', handler)`): it is checked before the handler runs, so a caller
 * without it gets 404 before the body is read or parsed, as the data-access layer would answer after.
 * The data-access layer still decides, with the resource's scope; this only refuses early.
 */
export function defineApiRoute<T>(handler: RouteHandler<T>): (request: Request, context: RouteContext) => Promise<Response>;
export function defineApiRoute<T>(permission: Permission, handler: RouteHandler<T>): (request: Request, context: RouteContext) => Promise<Response>;
export function defineApiRoute<T>(first: Permission | RouteHandler<T>, second?: RouteHandler<T>) {
  const permission = typeof first === 'string' ? first : null;
  const handler = typeof first === 'string' ? second! : first;
  return async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      const viewer = await getViewer();
      if (!viewer) throw new UnauthenticatedError('Send a session cookie or Authorization: Bearer <token>');
      if (viewer.kind === 'user' && viewer.via === 'session' && !safeMethods.has(request.method)) assertSameSite(request);
      if (permission !== null && !can(viewer, permission)) throw new NotFoundError();
      const result = await handler(request, viewer, await paramsOf(context));
      if (result instanceof Response) return result;
      return Response.json(result, { headers: { 'cache-control': 'private, no-store' } });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** A JSON request other than an import: a translation, a comment or a list of ids is far below this. */
export const maxJsonBodyBytes = 1_000_000;

/**
 * Reads a JSON body of at most `maxBytes` (413 beyond) and parses it with `schema`; malformed JSON
 * is a validation error. With `emptyIsObject`, no body at all is read as `{}` (every field optional).
 */
export async function readJsonBody<S extends z.ZodType>(
  request: Request,
  schema: S,
  maxBytes = maxJsonBodyBytes,
  options: { emptyIsObject?: boolean } = {},
): Promise<z.output<S>> {
  const read = await readTextBody(request, maxBytes);
  const text = options.emptyIsObject && read.trim() === '' ? '{}' : read;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new ValidationError('The request body must be JSON');
  }
  return parseOrThrow(schema, body);
}
