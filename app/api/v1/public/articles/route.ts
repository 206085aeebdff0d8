import { definePublicApiRoute } from '@/lib/api/define-public-route.ts';
import { listPublishedArticles } from '@/lib/dal/publishing/reading.ts';
import { publicArticleIndex } from '@/lib/domain/reader/public-files.ts';
import { configuredOrigin } from '@/lib/server/site-origin.ts';

/**
 * Every published article, newest first. The reading site has the same answer as a file
 * (lib/site), which `npm start` serves in front of this route; links are absolute only with DUET_PUBLIC_URL.
 */
export const GET = definePublicApiRoute(async () => publicArticleIndex(configuredOrigin(), await listPublishedArticles()));
