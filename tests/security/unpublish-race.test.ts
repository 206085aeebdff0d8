import { unstable_doesMiddlewareMatch } from 'next/experimental/testing/server';
import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';

/*
 * Reader article pages come from Next.js's page cache, and a render that read an article just before
 * it was unpublished can be stored after the cache was emptied, as fresh. The proxy refuses an
 * article the database no longer publishes, whatever the cache holds: checked here by calling the
 * proxy in-process (and its matcher the way Next.js checks it); tests/e2e/unpublish-race.spec.ts
 * races an unpublish against renders on the built server.
 */

vi.mock('next/cache', async (importOriginal) => ({ ...(await importOriginal<object>()), revalidatePath: vi.fn() }));

const { config, notPublishedPath, proxy } = await import('@/proxy.ts');
const { finishReaderGateLoad, startReaderGateLoad } = await import('@/lib/server/reader-gate.ts');
const { reloadReaderGate } = await import('@/lib/server/reader-gate-refresh.ts');
const { revalidatePublicPages } = await import('@/lib/server/revalidate-public-pages.ts');
const { unpublishArticle } = await import('@/lib/dal/publishing/publish.ts');
const { db } = await import('@/lib/dal/core/db.ts');
const { systemViewer } = await import('@/lib/dal/core/viewer-types.ts');

const routerStateTree = encodeURIComponent(JSON.stringify(['', { children: ['__PAGE__', {}] }]));
const rscHeaders = { rsc: '1', 'next-router-state-tree': routerStateTree };

/** What the proxy does with a request Next.js runs it for: 'refused' (the 404 page), 'passed' (untouched) or 'not run'. */
function verdict(path: string, headers: Record<string, string> = {}): 'refused' | 'passed' | 'not run' {
  const url = `http://localhost${path}`;
  if (!unstable_doesMiddlewareMatch({ config, url, headers })) return 'not run';
  const response = proxy(new NextRequest(url, { headers }));
  const rewrite = response.headers.get('x-middleware-rewrite');
  if (rewrite !== null) {
    const target = new URL(rewrite);
    expect(target.pathname).toBe(notPublishedPath);
    // The query goes along: an RSC request's `_rsc` is checked wherever it is sent.
    expect(target.search).toBe(new URL(url).search);
    return 'refused';
  }
  expect(response.headers.get('x-middleware-next')).toBe('1');
  // A reader page is the same for everyone and cached: no per-response nonce policy.
  expect(response.headers.get('content-security-policy')).toBeNull();
  expect([...response.headers.keys()].filter((name) => name.startsWith('x-middleware-request-'))).toEqual([]);
  return 'passed';
}

const articleRequests = (slug: string): Array<[string, Record<string, string>?]> => [
  [`/articles/${slug}`],
  [`/articles/${slug}?mode=zh`],
  [`/articles/${slug}`, rscHeaders],
  [`/articles/${slug}?_rsc=1a2b3`, rscHeaders],
  [`/articles/${slug}?_rsc=1a2b3`, { ...rscHeaders, 'next-router-prefetch': '1' }],
  [`/articles/${slug}.segments/_tree.segment.rsc`, rscHeaders],
  [`/articles/${slug}/anything/below`],
];

describe('the reader gate in the proxy', () => {
  it('lets every article through until the published articles are first read (fail open at start)', () => {
    expect(verdict('/articles/never-published')).toBe('passed');
  });

  it('refuses an article that is not published, as a page, in a reading mode, as an RSC payload and below it', () => {
    finishReaderGateLoad(startReaderGateLoad(), ['still-published']);
    for (const [path, headers] of articleRequests('withdrawn')) expect(verdict(path, headers), path).toBe('refused');
    expect(verdict('/articles/%77ithdrawn')).toBe('refused');
    expect(verdict('/articles/withdrawn.rsc')).toBe('refused');
    expect(verdict('/articles/%E0%A4%A')).toBe('refused');
  });

  it('passes a published article untouched, and is not run for other reader pages', () => {
    finishReaderGateLoad(startReaderGateLoad(), ['still-published']);
    for (const [path, headers] of articleRequests('still-published').slice(0, -1)) expect(verdict(path, headers), path).toBe('passed');
    for (const path of ['/', '/?page=2', '/browse/1', '/tags/withdrawn', '/search?q=withdrawn', '/feed.xml', '/api/v1/public/articles/withdrawn']) {
      expect(verdict(path), path).toBe('not run');
    }
  });

  it('keeps the nonce policy on signed-in pages only', () => {
    for (const path of ['/workspace/articles/withdrawn', '/admin/users', '/signin']) {
      const response = proxy(new NextRequest(`http://localhost${path}`));
      expect(response.headers.get('content-security-policy'), path).toContain("'strict-dynamic'");
      expect(response.headers.get('x-middleware-rewrite'), path).toBeNull();
    }
  });

  it('is not brought back by a slow read that started before a newer one', () => {
    const slow = startReaderGateLoad();
    finishReaderGateLoad(startReaderGateLoad(), []);
    finishReaderGateLoad(slow, ['withdrawn']);
    expect(verdict('/articles/withdrawn')).toBe('refused');
  });
});

describe('after an unpublish in this process', () => {
  it('refuses the article from the moment the unpublish is committed, before any reload', async () => {
    const slug = `race-${crypto.randomUUID().slice(0, 8)}`;
    const article = await db.article.create({ data: { slug, title: slug, status: 'published' }, select: { id: true } });
    const snapshot = { title: slug, titleZh: slug, sourceUrl: null, author: null, credits: { translators: [], reviewers: [] }, pairs: [] };
    await db.publication.create({ data: { articleId: article.id, number: 1, title: slug, titleZh: slug, snapshot: JSON.stringify(snapshot) } });
    await reloadReaderGate();
    expect(verdict(`/articles/${slug}`)).toBe('passed');

    // What the unpublish route and action do.
    // A reload that reads the database just before the unpublish, and finishes after it.
    const stale = startReaderGateLoad();
    await unpublishArticle(systemViewer, slug);
    revalidatePublicPages({ slug, published: false });
    // Synchronously: no window in which a page rendered before the unpublish is let through.
    for (const [path, headers] of articleRequests(slug)) expect(verdict(path, headers), path).toBe('refused');
    // That reload does not bring it back.
    finishReaderGateLoad(stale, [slug]);
    expect(verdict(`/articles/${slug}`)).toBe('refused');
    // And publishing again admits it at once.
    revalidatePublicPages({ slug, published: true });
    expect(verdict(`/articles/${slug}`)).toBe('passed');
  });
});
