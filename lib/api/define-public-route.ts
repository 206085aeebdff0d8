import 'server-only';
import { errorResponse, paramsOf } from './define-route.ts';

/** Public responses are the same for everyone: a CDN may keep them a minute and serve them stale for a day. */
export const publicCacheControl = 'public, s-maxage=60, stale-while-revalidate=86400';

type RouteContext = Parameters<typeof paramsOf>[0];

/**
 * Route Handlers under /api/v1/public: no viewer (no cookie or token is read, so the answer cannot
 * differ per caller), the API's JSON error shape, and shared-cache headers.
 */
export function definePublicApiRoute<T>(handler: (request: Request, params: Record<string, string>) => Promise<T>) {
  return async (request: Request, context: RouteContext): Promise<Response> => {
    try {
      const result = await handler(request, await paramsOf(context));
      return Response.json(result, { headers: { 'cache-control': publicCacheControl } });
    } catch (error) {
      return errorResponse(error);
    }
  };
}
