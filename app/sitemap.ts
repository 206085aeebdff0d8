import type { MetadataRoute } from 'next';
import { listPublishedArticleSnapshots } from '@/lib/dal/publishing/reading.ts';
import { sitemapEntries } from '@/lib/domain/reader/sitemap.ts';
import { originFromHeaders } from '@/lib/server/site-origin.ts';

/** Built per request from what is published now; never from the build's database. */
export const dynamic = 'force-dynamic';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const articles = await listPublishedArticleSnapshots();
  return sitemapEntries(await originFromHeaders(), articles);
}
