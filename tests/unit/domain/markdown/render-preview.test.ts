import { describe, expect, it } from 'vitest';
import { renderPreview } from '@/lib/domain/markdown/render-preview.ts';
import { firstLineIndent, segmentContent } from '@/lib/domain/markdown/source-segment.ts';

describe('renderPreview', () => {
  it('renders Chinese Markdown with GFM tables and strikethrough', () => {
    expect(renderPreview('**河流**塑造了~~山~~谷。')).toBe('<p><strong>河流</strong>塑造了<del>山</del>谷。</p>');
    expect(renderPreview('| 甲 | 乙 |\n| - | - |\n| 1 | 2 |')).toContain('<table>');
  });

  it('shows a segment with the indentation of its first line, so an indented code block stays code', () => {
    const source = '\n\n    pip install optics\n\n';
    expect(renderPreview(firstLineIndent(source) + segmentContent(source))).toBe('<pre><code>pip install optics\n</code></pre>');
    expect(firstLineIndent('\uFEFF  # Title\n')).toBe('  ');
  });

  it('escapes a code fence\'s info string', () => {
    expect(renderPreview('```<script>x\ncode\n```')).toBe('<pre><code class="language-&lt;script&gt;x">code\n</code></pre>');
  });

  it('shows text past the Markdown limits as its escaped text', () => {
    expect(renderPreview(`${'- '.repeat(5000)}<b>`)).toBe(`<pre>${'- '.repeat(5000)}&#x3c;b&#x3e;</pre>`);
  });

  it('never lets raw HTML or script links through', () => {
    const html = renderPreview('<img src=x onerror="alert(1)"> [点我](javascript:alert(1)) <script>alert(1)</script>');
    expect(html).not.toMatch(/<img|<script|href="javascript:/i);
    expect(html).toContain('&lt;script&gt;');
  });
});
