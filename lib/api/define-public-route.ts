import 'server-only';
import { revalidateCacheControl } from '@/lib/site/headers.ts';
import { errorResponse, paramsOf } from './define-route.ts';

/**
 * Public responses are the same for everyone: any cache may keep them but must ask again before each
 * use, as for the reading site's files (lib/site/headers.ts), so an unpublish is seen at once.
 */
export const publicCacheControl = revalidateCacheControl;

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
