import { describe, expect, it } from 'vitest';
import { buildAtomFeed } from '@/lib/domain/reader/atom-feed.ts';
import { paginate, parsePageNumber } from '@/lib/domain/reader/pagination.ts';
import { siteOrigin } from '@/lib/domain/reader/site-url.ts';
import { sitemapEntries } from '@/lib/domain/reader/sitemap.ts';

const feed = { url: 'https://t.example/feed.xml', homeUrl: 'https://t.example/', title: 'Duet 译文', subtitle: '社区译文' };

describe('Atom feed', () => {
  const xml = buildAtomFeed(feed, [
    {
      url: 'https://t.example/articles/newer',
      title: 'Tom & Jerry <3',
      titleZh: '猫和老鼠',
      publishedAt: new Date('2025-03-01T10:00:00Z'),
      translators: ['Lin Yue', 'Adeena'],
      summary: '第一段。',
    },
    { url: 'https://t.example/articles/older', title: 'Older', titleZh: '较早', publishedAt: new Date('2025-01-01T00:00:00Z'), translators: [], summary: '' },
  ]);

  it('is an Atom document with a self link and the newest date as its update time', () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="zh-CN">/);
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://t.example/feed.xml"/>');
    expect(xml).toContain('<updated>2025-03-01T10:00:00.000Z</updated>');
  });

  it('has one entry per article, in order, identified by its public URL, with translators as authors', () => {
    const entries = xml.split('<entry>').slice(1);
    expect(entries).toHaveLength(2);
    expect(entries[0]).toContain('<id>https://t.example/articles/newer</id>');
    expect(entries[0]).toContain('<title>猫和老鼠</title>');
    expect(entries[0]).toContain('<author><name>Lin Yue</name></author>');
    expect(entries[0]).toContain('<author><name>Adeena</name></author>');
    expect(entries[1]).toContain('<author><name>Duet 译文</name></author>');
  });

  it('escapes text', () => {
    expect(xml).toContain('<summary>Tom &amp; Jerry &lt;3 — 第一段。</summary>');
    expect(xml).not.toContain('Tom & Jerry');
  });
});

describe('sitemap', () => {
  it('lists the home page and every article with its language readings', () => {
    const entries = sitemapEntries('https://t.example', [
      { slug: 'b', publishedAt: new Date('2025-02-01T00:00:00Z') },
      { slug: 'a b', publishedAt: new Date('2025-01-01T00:00:00Z') },
    ]);
    expect(entries).toEqual([
      { url: 'https://t.example/', lastModified: new Date('2025-02-01T00:00:00Z') },
      {
        url: 'https://t.example/articles/b',
        lastModified: new Date('2025-02-01T00:00:00Z'),
        alternates: { languages: { 'zh-CN': 'https://t.example/articles/b?mode=zh', en: 'https://t.example/articles/b?mode=en' } },
      },
      expect.objectContaining({ url: 'https://t.example/articles/a%20b' }),
    ]);
  });
});

describe('site origin', () => {
  it('prefers the configured URL, drops a trailing slash and refuses non-web URLs', () => {
    expect(siteOrigin('https://t.example/', 'http://localhost:3000/x')).toBe('https://t.example');
    expect(siteOrigin('https://t.example/duet/', undefined)).toBe('https://t.example/duet');
    expect(siteOrigin(undefined, 'http://localhost:3000/feed.xml')).toBe('http://localhost:3000');
    expect(siteOrigin('javascript:alert(1)', undefined)).toBeNull();
  });
});

describe('pagination', () => {
  it('gives pages from 1 and refuses pages that do not exist', () => {
    const items = Array.from({ length: 23 }, (_, i) => i);
    expect(paginate(items, 3, 10)).toEqual({ items: [20, 21, 22], page: 3, pageCount: 3 });
    expect(paginate(items, 4, 10)).toBeNull();
    expect(paginate([], 1, 10)).toEqual({ items: [], page: 1, pageCount: 1 });
    expect(parsePageNumber('02')).toBeNull();
    expect(parsePageNumber('2')).toBe(2);
  });
});
