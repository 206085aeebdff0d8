import { describe, expect, it } from 'vitest';
import { renderPreview } from '@/lib/domain/markdown/render-preview.ts';

describe('renderPreview', () => {
  it('renders Chinese Markdown with GFM tables and strikethrough', () => {
    expect(renderPreview('**河流**塑造了~~山~~谷。')).toBe('<p><strong>河流</strong>塑造了<del>山</del>谷。</p>');
    expect(renderPreview('| 甲 | 乙 |\n| - | - |\n| 1 | 2 |')).toContain('<table>');
  });

  it('never lets raw HTML or script links through', () => {
    const html = renderPreview('<img src=x onerror="alert(1)"> [点我](javascript:alert(1)) <script>alert(1)</script>');
    expect(html).not.toMatch(/<img|<script|href="javascript:/i);
    expect(html).toContain('&lt;script&gt;');
  });
});
