import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/domain/render-markdown.ts';

describe('renderMarkdown', () => {
  it('typesets inline and display math with KaTeX', () => {
    const html = renderMarkdown('欧拉公式：$e^{i\\pi}+1=0$。\n\n$$\n\\sum_{n=1}^\\infty \\frac{1}{n^2}\n$$\n');
    expect(html).toContain('<span class="katex">');
    expect(html).toContain('class="katex-display"');
    expect(html).toContain('<annotation encoding="application/x-tex">e^{i\\pi}+1=0</annotation>');
  });

  it('keeps TeX that does not parse readable instead of failing the page', () => {
    expect(renderMarkdown('$\\frac{1}{$')).toContain('\\frac{1}{');
  });

  it('escapes < and > in attribute values, so a code fence\'s info string or an image\'s alt text carries no tag', () => {
    expect(renderMarkdown('```<script>x\ncode\n```')).toBe('<pre><code class="language-&lt;script&gt;x">code\n</code></pre>');
    expect(renderMarkdown('![<b>bold</b>](/a.png)')).toContain('alt="&lt;b&gt;bold&lt;/b&gt;"');
    expect(renderMarkdown('[a](/u "<i>")')).toContain('title="&lt;i&gt;"');
  });

  it('shows Markdown past the limits, which imports refuse, as its escaped text', () => {
    expect(renderMarkdown(`${'> '.repeat(5000)}<b>`)).toBe(`<pre>${'&#x3e; '.repeat(5000)}&#x3c;b&#x3e;</pre>`);
    expect(renderMarkdown(`${'['.repeat(50_000)}a${'](b)'.repeat(50_000)}`)).toMatch(/^<pre>\[{50000}a/);
  });

  it('renders a text with more nested lists than one parse could take in time, as one list', () => {
    const html = renderMarkdown('- - a\n'.repeat(1000));
    expect(html.match(/<li>\n<ul>\n<li>a<\/li>\n<\/ul>\n<\/li>/g)).toHaveLength(1000);
    expect(html.startsWith('<ul>\n<li>') && html.endsWith('</li>\n</ul>')).toBe(true);
    expect(html).not.toContain('\n</ul>\n<ul>');
  }, 30_000);

  it('renders the same without the blank lines at the end, unless a fence left open holds them', () => {
    expect(renderMarkdown(`Text${'\n'.repeat(100_000)}`)).toBe('<p>Text</p>');
    expect(renderMarkdown('```\ncode\n\n\n')).toBe('<pre><code>code\n\n\n</code></pre>');
    expect(renderMarkdown('    code  \n\n\n')).toBe(renderMarkdown('    code  \n'));
  });

  it('never lets script through, from Markdown, raw HTML or math', () => {
    const html = renderMarkdown('[x](javascript:alert(1)) <img src=x onerror=alert(1)> $\\href{javascript:alert(1)}{x}$ <script>alert(1)</script>');
    expect(html).not.toMatch(/href="javascript:|<img[^>]*onerror|<script/i);
  });
});
