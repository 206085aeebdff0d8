import type { MetadataRoute } from 'next';
import { originFromHeaders } from '@/lib/server/site-origin.ts';

/** Readers' pages are for crawlers; the workspace, sign-in and the private API are not. */
export const dynamic = 'force-dynamic';

export default async function robots(): Promise<MetadataRoute.Robots> {
  return {
    rules: { userAgent: '*', allow: ['/', '/api/v1/public/'], disallow: ['/workspace', '/admin', '/signin', '/api/', '/search'] },
    sitemap: `${await originFromHeaders()}/sitemap.xml`,
  };
}
