import { describe, expect, it } from 'vitest';
import { buildSitemapXml, sitemapEntries } from '@/lib/domain/reader/sitemap.ts';

describe('sitemap XML', () => {
  it('lists each page with its language readings and date, in the sitemap protocol', () => {
    const xml = buildSitemapXml(sitemapEntries('https://t.example', [{ slug: 'bridges', publishedAt: new Date('2025-02-01T00:00:00Z') }]));
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
        '<url>',
        '<loc>https://t.example/</loc>',
        '<lastmod>2025-02-01T00:00:00.000Z</lastmod>',
        '</url>',
        '<url>',
        '<loc>https://t.example/articles/bridges</loc>',
        '<xhtml:link rel="alternate" hreflang="zh-CN" href="https://t.example/articles/bridges?mode=zh" />',
        '<xhtml:link rel="alternate" hreflang="en" href="https://t.example/articles/bridges?mode=en" />',
        '<lastmod>2025-02-01T00:00:00.000Z</lastmod>',
        '</url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });

  it('escapes URLs, so an ampersand or quote cannot break the XML', () => {
    const xml = buildSitemapXml([
      { url: 'https://t.example/a?x=1&y="2"', lastModified: new Date(0), alternates: { languages: { en: 'https://t.example/a?mode=en&<b>' } } },
    ]);
    expect(xml).toContain('<loc>https://t.example/a?x=1&amp;y=&quot;2&quot;</loc>');
    expect(xml).toContain('href="https://t.example/a?mode=en&amp;&lt;b&gt;"');
  });
});
