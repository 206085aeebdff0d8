import { definePublicApiRoute } from '@/lib/api/define-public-route.ts';
import { getPublishedArticleOrThrow } from '@/lib/dal/publishing/reading.ts';
import { publicArticle } from '@/lib/domain/reader/public-files.ts';
import { configuredOrigin } from '@/lib/server/site-origin.ts';

/** One published article's latest publication (also a file of the reading site, see lib/site). */
export const GET = definePublicApiRoute(async (_request, { slug = '' }) => publicArticle(configuredOrigin(), await getPublishedArticleOrThrow(slug)));
