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

  it('never lets script through, from Markdown, raw HTML or math', () => {
    const html = renderMarkdown('[x](javascript:alert(1)) <img src=x onerror=alert(1)> $\\href{javascript:alert(1)}{x}$ <script>alert(1)</script>');
    expect(html).not.toMatch(/href="javascript:|<img[^>]*onerror|<script/i);
  });
});
