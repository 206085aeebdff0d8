import { describe, expect, it } from 'vitest';
import { exportSeedFormat } from '@/lib/domain/export/seed-format.ts';
import { renderMarkdown } from '@/lib/domain/render-markdown.ts';
import type { ArticleExport } from '@/lib/domain/export/article-export.ts';

/** The Jekyll export lands on the community's own site: its credits must never become markup there. */
function articleWith(overrides: Partial<ArticleExport>): ArticleExport {
  return {
    slug: 'credits',
    title: 'Credits',
    titleZh: '致谢',
    sourceUrl: 'https://example.org/post',
    author: null,
    credits: { translators: ['lin'], reviewers: [] },
    segments: [{ id: 's', position: 0, kind: 'paragraph', source: 'Text.\n', translatable: true, translation: { text: '正文。', status: 'approved' } }],
    ...overrides,
  };
}

describe('the Jekyll (seed) export', () => {
  it('writes names as text, never as HTML or Markdown', () => {
    const names = ['<img src=x onerror=alert(1)>', '[click](javascript:alert(1))', '**bold** `code`\n> quote'];
    const exported = exportSeedFormat(articleWith({ credits: { translators: names, reviewers: ['<script>x</script>'] } }));
    const credits = exported.slice(exported.indexOf('* * *'));
    expect(credits).not.toMatch(/<img|<script|\]\(javascript/);
    // Rendered as Markdown, as Jekyll would, the names come out as the text they are.
    const html = renderMarkdown(credits);
    expect(html).not.toMatch(/<img|<script|<strong>|<code>|href="javascript/);
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)>');
    expect(html).toContain('[click](javascript:alert(1))');
  });

  it('links only an http(s) source URL', () => {
    expect(exportSeedFormat(articleWith({ sourceUrl: 'javascript:alert(1)' }))).not.toContain('英文原文');
    expect(exportSeedFormat(articleWith({ sourceUrl: 'data:text/html,<b>x</b>' }))).not.toContain('英文原文');
    expect(exportSeedFormat(articleWith({}))).toContain('英文原文: [https://example.org/post](https://example.org/post)');
  });
});
