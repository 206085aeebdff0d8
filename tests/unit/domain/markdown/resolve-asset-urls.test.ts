import { describe, expect, it } from 'vitest';
import { parseAssetBase, resolveArticleUrl } from '@/lib/domain/markdown/resolve-asset-urls.ts';
import { renderMarkdown } from '@/lib/domain/render-markdown.ts';

const web = parseAssetBase('https://huggingface.co/blog/lanterns');
const github = parseAssetBase('https://github.com/example-org/port-blog/blob/main/lanterns.md');

describe('resolveArticleUrl', () => {
  it('resolves relative images against the post, as its own page would', () => {
    expect(resolveArticleUrl('assets/x.png', web, true)).toBe('https://huggingface.co/blog/assets/x.png');
    expect(resolveArticleUrl('/blog/assets/x.png', web, true)).toBe('https://huggingface.co/blog/assets/x.png');
    expect(resolveArticleUrl('../x.png', web, true)).toBe('https://huggingface.co/x.png');
  });

  it('loads media in a GitHub repository from the raw file, and links to its page', () => {
    expect(resolveArticleUrl('assets/x.png', github, true)).toBe('https://raw.githubusercontent.com/example-org/port-blog/main/assets/x.png');
    expect(resolveArticleUrl('other-post.md', github, false)).toBe('https://github.com/example-org/port-blog/blob/main/other-post.md');
  });

  it('leaves absolute, network-path and in-page URLs as they are', () => {
    for (const url of ['https://cdn.example.org/x.png', 'http://example.org/x', '//cdn.example.org/x.png', '#usage', 'mailto:a@example.org', 'javascript:alert(1)']) {
      expect(resolveArticleUrl(url, web, true)).toBe(url);
    }
  });

  it('drops a relative medium when there is no base, and keeps a relative link', () => {
    expect(resolveArticleUrl('assets/x.png', null, true)).toBeNull();
    expect(resolveArticleUrl('/docs/intro', null, false)).toBe('/docs/intro');
  });
});

describe('parseAssetBase', () => {
  it('takes only http(s) URLs', () => {
    expect(parseAssetBase(' https://example.org/blog/ ')?.href).toBe('https://example.org/blog/');
    for (const value of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.org/', 'not a url', '', null, undefined]) {
      expect(parseAssetBase(value)).toBeNull();
    }
  });
});

describe('renderMarkdown with an asset base', () => {
  it('resolves images, video, posters and links in Markdown and in HTML', () => {
    const base = { assetBase: 'https://github.com/example-org/port-blog/blob/main/lanterns.md' };
    const raw = 'https://raw.githubusercontent.com/example-org/port-blog/main/assets';
    expect(renderMarkdown('![map](assets/map.png)', base)).toBe(`<p><img src="${raw}/map.png" alt="map" loading="lazy" decoding="async"></p>`);
    expect(renderMarkdown('<img src="assets/map.png" width=500>', base)).toBe(`<img src="${raw}/map.png" width="500" loading="lazy" decoding="async">`);
    expect(renderMarkdown('<video poster="assets/p.jpg">\n<source src="assets/v.mp4" type="video/mp4">\n</video>', base)).toBe(
      `<video poster="${raw}/p.jpg" controls>\n<source src="${raw}/v.mp4" type="video/mp4">\n</video>`,
    );
    expect(renderMarkdown('[next](next.md) and [top](#top)', base)).toBe(
      '<p><a href="https://github.com/example-org/port-blog/blob/main/next.md">next</a> and <a href="#top">top</a></p>',
    );
  });

  it('shows an image with no base and a relative source as its alt text, and ignores a base that is not http(s)', () => {
    expect(renderMarkdown('![map](assets/map.png)')).toBe('<p><img alt="map" loading="lazy" decoding="async"></p>');
    expect(renderMarkdown('<img src=x onerror=alert(1)>', { assetBase: 'javascript:alert(1)//' })).toBe('<img loading="lazy" decoding="async">');
  });
});
