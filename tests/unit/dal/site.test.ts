import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { afterAll, describe, expect, it } from 'vitest';
import { importArticle } from '@/lib/dal/articles/articles.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { publishArticle, unpublishArticle } from '@/lib/dal/publishing/publish.ts';
import { tagFileName } from '@/lib/site/pages/parts.ts';
import { syncSite, withdrawArticle } from '@/lib/site/sync.ts';
import { makeUser } from '../../support/factories.ts';

/*
 * The reading site as files (lib/site): what a publish, an unpublish, a crash and a rebuild leave in
 * the site directory, read back as a static-file server would serve it.
 */

const directories: string[] = [];
function newSiteDirectory(): string {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'duet-site-test-'));
  directories.push(directory);
  return directory;
}
afterAll(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

const read = (directory: string, file: string) => readFileSync(path.join(directory, file), 'utf8');
const exists = (directory: string, file: string) => existsSync(path.join(directory, file));

async function publishNew(slug: string, english: string, chinese: string): Promise<void> {
  const admin = await makeUser('admin');
  await importArticle(systemViewer, { markdown: english, translation: chinese, slug }, { approveImported: true });
  await publishArticle(admin.viewer, slug);
}

describe('the reading site as files', () => {
  it('writes a published article, its API file and every listing, each with gzip and brotli copies equal to it', async () => {
    const directory = newSiteDirectory();
    await publishNew('site-lanterns', '---\ntags: [festivals, 灯笼]\n---\n# Paper Lanterns\n\nThe lanterns float <b>away</b> at dusk.\n', '---\ntags: [festivals, 灯笼]\n---\n# 纸灯笼\n\n黄昏时灯笼飘走了。\n');
    const report = await syncSite({ directory });
    expect(report.built).toContain('site-lanterns');

    const page = read(directory, 'articles/site-lanterns.html');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<h1 lang="zh-CN"');
    expect(page).toContain('纸灯笼');
    expect(page).toContain('黄昏时灯笼飘走了。');
    expect(page).toContain('id="p-2"');
    for (const file of ['articles/site-lanterns.html', 'index.html', 'api/v1/public/articles.json', 'api/v1/public/articles/site-lanterns.json', '404.html']) {
      const body = readFileSync(path.join(directory, file));
      expect(gunzipSync(readFileSync(path.join(directory, `${file}.gz`))).equals(body), file).toBe(true);
      expect(brotliDecompressSync(readFileSync(path.join(directory, `${file}.br`))).equals(body), file).toBe(true);
    }
    expect(read(directory, 'index.html')).toContain('href="/articles/site-lanterns"');
    expect(read(directory, `tags/${tagFileName('灯笼')}.html`)).toContain('<a href="/articles/site-lanterns">纸<wbr>灯笼</a>');
    const api = JSON.parse(read(directory, 'api/v1/public/articles/site-lanterns.json'));
    expect(api).toMatchObject({ slug: 'site-lanterns', titleZh: '纸灯笼', pairs: expect.arrayContaining([expect.objectContaining({ zh: '黄昏时灯笼飘走了。' })]) });
    expect(JSON.parse(read(directory, 'api/v1/public/articles.json')).articles.map((article: { slug: string }) => article.slug)).toContain('site-lanterns');

    // Nothing changed: nothing is written again.
    expect(await syncSite({ directory })).toMatchObject({ built: [], removed: [], listings: 0 });
  });

  it('home cards show the thumbnail (resolved as images are, sized, lazy), the Chinese excerpt and the credits', async () => {
    const directory = newSiteDirectory();
    const front = (title: string, thumbnail: string) => `---\ntitle: "${title}"\nthumbnail: ${thumbnail}\nsource_url: https://example.org/blog/post\ntags: [site-cards]\n---\n`;
    await publishNew('site-card', `${front('Cards', '/blog/assets/card/thumb.png')}# Cards\n\nA card shows a picture.\n`, '---\ntitle: "卡片"\n---\n# 卡片\n\n卡片上有一张图片，还有这段摘要。\n');
    await publishNew('site-card-hostile', `${front('Hostile', 'javascript:alert(1)')}# Hostile\n\nNo picture.\n`, '---\ntitle: "敌意"\n---\n# 敌意\n\n没有图片。\n');
    await syncSite({ directory });
    const cards = new Map<string, Element>();
    visit(fromHtml(read(directory, `tags/${tagFileName('site-cards')}.html`)), 'element', (element: Element) => {
      if (element.tagName !== 'article') return;
      let slug = '';
      visit(element, 'element', (inner: Element) => {
        if (inner.tagName === 'a' && String(inner.properties.href).startsWith('/articles/')) slug = String(inner.properties.href).slice('/articles/'.length);
      });
      cards.set(slug, element);
    });
    const imagesOf = (slug: string) => {
      const images: Element[] = [];
      visit(cards.get(slug)!, 'element', (element: Element) => void (element.tagName === 'img' && images.push(element)));
      return images.map((image) => image.properties);
    };
    expect(imagesOf('site-card')).toEqual([
      expect.objectContaining({ src: 'https://example.org/blog/assets/card/thumb.png', alt: '', width: 640, height: 320, loading: expect.stringMatching(/^(lazy|eager)$/) }),
    ]);
    expect(imagesOf('site-card-hostile')).toEqual([]);
    const text = (slug: string) => JSON.stringify(cards.get(slug));
    expect(text('site-card')).toContain('卡片上有一张图片，还有这段摘要。');
  });

  it('pages carry absolute canonical and hreflang links only when the public address is known', async () => {
    const directory = newSiteDirectory();
    await publishNew('site-links', '# Links\n\nA page.\n', '# 链接\n\n一页。\n');
    await syncSite({ directory });
    const page = read(directory, 'articles/site-links.html');
    expect(process.env.DUET_PUBLIC_URL).toBeUndefined();
    expect(page).not.toContain('rel="canonical"');
    expect(page).not.toContain('hreflang');
    expect(page).toContain('<link rel="icon" type="image/svg+xml" href="/icon.svg">');
  });

  it('pages run no inline script and carry no event handler, whatever the article says', async () => {
    const directory = newSiteDirectory();
    await publishNew(
      'site-hostile',
      '# <script>alert(1)</script> Title\n\nA paragraph <img src=x onerror=alert(1)> with <a href="javascript:alert(1)">a link</a>.\n',
      '# <script>alert(1)</script> 标题\n\n一段 <img src=x onerror=alert(1)> 文字 <a href="javascript:alert(1)">链接</a>。\n',
    );
    await syncSite({ directory });
    const page = read(directory, 'articles/site-hostile.html');
    expect(page).toContain('&#x3C;script>alert(1)&#x3C;/script> 标题');
    for (const file of ['articles/site-hostile.html', 'index.html', '404.html']) {
      // Parsed as a browser parses it: every element, every attribute.
      const scripts: Element[] = [];
      const attributes: string[] = [];
      visit(fromHtml(read(directory, file)), 'element', (element: Element) => {
        if (element.tagName === 'script') scripts.push(element);
        for (const [name, value] of Object.entries(element.properties)) attributes.push(`${name}=${String(value)}`);
      });
      // The one script is the reader script, loaded from its file.
      expect(scripts.map((script) => [script.properties.src, script.children.length]), file).toEqual([[expect.stringMatching(/^\/assets\/reader-[0-9a-f]{12}\.js$/), 0]]);
      expect(attributes.filter((attribute) => /^on/i.test(attribute) || /javascript:/i.test(attribute)), file).toEqual([]);
    }
  });

  it('an unpublish takes the article out of every file, and publishing again brings it back', async () => {
    const directory = newSiteDirectory();
    await publishNew('site-withdrawn', '# Withdrawn\n\nGone soon.\n', '# 撤回\n\n很快就没了。\n');
    await syncSite({ directory });
    expect(exists(directory, 'articles/site-withdrawn.html')).toBe(true);

    const admin = await makeUser('admin');
    await unpublishArticle(admin.viewer, 'site-withdrawn');
    const report = await withdrawArticle('site-withdrawn', { directory });
    expect(report.removed).toContain('site-withdrawn');
    for (const file of ['articles/site-withdrawn.html', 'articles/site-withdrawn.html.gz', 'articles/site-withdrawn.html.br', 'api/v1/public/articles/site-withdrawn.json']) {
      expect(exists(directory, file), file).toBe(false);
    }
    expect(read(directory, 'index.html')).not.toContain('site-withdrawn');
    expect(read(directory, 'api/v1/public/articles.json')).not.toContain('site-withdrawn');

    await publishArticle(admin.viewer, 'site-withdrawn');
    await syncSite({ directory });
    expect(read(directory, 'articles/site-withdrawn.html')).toContain('很快就没了。');
  });

  it('after a crash at any point the next sync makes the files equal the database again', async () => {
    const directory = newSiteDirectory();
    await publishNew('site-crash', '# Crash\n\nFirst words.\n', '# 崩溃\n\n第一版。\n');
    await syncSite({ directory });
    const before = read(directory, 'articles/site-crash.html');

    // A publish committed, then the process died before writing anything: the manifest is older than the database.
    const admin = await makeUser('admin');
    await publishArticle(admin.viewer, 'site-crash');
    // And a write that died half-way left a temporary file behind.
    writeFileSync(path.join(directory, 'articles/site-crash.html.1234.tmp'), 'half a page');
    expect((await syncSite({ directory })).built).toContain('site-crash');
    expect(read(directory, 'articles/site-crash.html')).not.toBe(before);

    // A lost manifest (or a new version of Duet) rebuilds everything; a damaged page is written again by a rebuild.
    rmSync(path.join(directory, '.duet'), { recursive: true });
    writeFileSync(path.join(directory, 'articles/site-crash.html'), 'damaged');
    expect(await syncSite({ directory })).toMatchObject({ rebuiltAll: true });
    expect(read(directory, 'articles/site-crash.html')).toContain('第一版。');
    writeFileSync(path.join(directory, 'articles/site-crash.html'), 'damaged again');
    await syncSite({ directory, full: true });
    expect(read(directory, 'articles/site-crash.html')).toContain('第一版。');
  });

  it('an unpublish during a rebuild leaves the article out once both are done', async () => {
    const directory = newSiteDirectory();
    const slugs = Array.from({ length: 6 }, (_, index) => `site-race-${index}`);
    const numbered = (line: (n: number) => string) => Array.from({ length: 200 }, (_, n) => line(n + 1)).join('\n\n');
    for (const slug of slugs) await publishNew(slug, `# Race ${slug.slice(-1)}\n\n${numbered((n) => `Paragraph ${n} is about rivers.`)}\n`, `# 竞赛 ${slug.slice(-1)}\n\n${numbered((n) => `第 ${n} 段讲的是河流。`)}\n`);
    const admin = await makeUser('admin');
    const rebuild = syncSite({ directory, full: true });
    // The last article is built last: it is unpublished while the others are being written.
    await unpublishArticle(admin.viewer, 'site-race-5');
    await withdrawArticle('site-race-5', { directory });
    await rebuild;
    expect(exists(directory, 'articles/site-race-5.html')).toBe(false);
    expect(exists(directory, 'articles/site-race-0.html')).toBe(true);
    expect(read(directory, 'index.html')).not.toContain('site-race-5');
  });

  it('a page of formulas is written once per formula and column, as MathML, well under 3 MB', async () => {
    const directory = newSiteDirectory();
    const formula = (index: number) => `$$\n\\int_0^{${index}} x^2\\,dx = \\frac{${index}^3}{3}\n$$`;
    const paragraphs = Array.from({ length: 120 }, (_, index) => `Step ${index}: ${[0, 1, 2].map((k) => `\n\n${formula(index * 3 + k)}`).join('')}`);
    const english = `# Integrals\n\n${paragraphs.join('\n\n')}\n`;
    const chinese = `# 积分\n\n${paragraphs.map((paragraph) => paragraph.replace('Step', '步骤')).join('\n\n')}\n`;
    await publishNew('site-formulas', english, chinese);
    await syncSite({ directory });
    const page = read(directory, 'articles/site-formulas.html');
    expect(Buffer.byteLength(page)).toBeLessThan(3_000_000);
    // 360 display formulas: not translated, so each is shown once, full width, as MathML only.
    expect(page.match(/<math\b/g)).toHaveLength(360);
    expect(page).not.toContain('katex-html');
  });
});

describe('tag pages', () => {
  it('name their file by the tag when it is plain, by a hash when it could leave tags/ or mean two things', () => {
    expect(tagFileName('灯笼')).toBe('灯笼');
    expect(tagFileName('machine learning')).toBe('machine learning');
    expect(tagFileName('node.js')).toBe('node.js');
    for (const hostile of ['../../etc/passwd', 'a/b', '.hidden', 'x\\y', '..', 'ends.', 'C++', 'a%2Fb', 'q?x', 'x#y']) {
      expect(tagFileName(hostile), hostile).toMatch(/^tag-[0-9a-f]{16}$/);
    }
    expect(tagFileName('a/b')).not.toBe(tagFileName('a/c'));
  });

  it('a tag that would leave tags/ gets a page inside it', async () => {
    const directory = newSiteDirectory();
    await publishNew('site-odd-tag', '---\ntags: ["../../outside"]\n---\n# Odd\n\nText.\n', '---\ntags: ["../../outside"]\n---\n# 奇\n\n文字。\n');
    await syncSite({ directory });
    expect(readdirSync(path.join(directory, 'tags'))).toContain(`${tagFileName('../../outside')}.html`);
    expect(existsSync(path.join(directory, '..', 'outside.html'))).toBe(false);
  });
});
