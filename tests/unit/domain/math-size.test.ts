import { describe, expect, it } from 'vitest';
import { renderReadingRows, type ReaderPair } from '@/lib/domain/reader/reading-rows.ts';
import { renderMarkdown } from '@/lib/domain/render-markdown.ts';

const DISPLAY = [
  '\\sum_{i=1}^{n} \\frac{\\partial L}{\\partial w_i} = \\int_0^1 \\sqrt{x^2+y^2}\\,dx',
  '\\mathrm{Attention}(Q, K, V) = \\mathrm{softmax}\\left(\\frac{QK^\\top}{\\sqrt{d_k}}\\right)V',
  'p_\\theta(x) = \\prod_{t=1}^{T} p_\\theta(x_t \\mid x_{<t})',
];

/** A paragraph with two inline and three display formulas, in English and in Chinese. */
function formulaPair(position: number): ReaderPair {
  const displays = DISPLAY.map((tex) => `$$${tex}$$`).join(', ');
  return {
    position,
    kind: 'paragraph',
    source: `In step ${position} the gradient with $\\alpha_{${position}} = 0.1$ costs $O(n^2 d)$ per layer: ${displays}.`,
    target: `在第 ${position} 步，取 $\\alpha_{${position}} = 0.1$ 时梯度的代价为每层 $O(n^2 d)$：${displays}。`,
  };
}

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe('the size of typeset math', () => {
  it('writes each formula once, as MathML with its TeX, and no HTML copy', () => {
    const html = renderMarkdown('Inline $e^{i\\pi}+1=0$ and $x_1$.\n\n$$\n\\sum_{n=1}^\\infty \\frac{1}{n^2}\n$$\n');
    expect(count(html, /<math\b/g)).toBe(3);
    expect(count(html, /<annotation encoding="application\/x-tex">/g)).toBe(3);
    expect(html).not.toContain('katex-html');
    // The display formula keeps the wrapper that centers it and lets a wide one scroll.
    expect(html).toMatch(/<span class="katex-display"><span class="katex"><math [^>]*display="block">/);
  });

  // 120 paragraphs of five formulas each in both languages made a 5.4 MB page body (11.7 MB with
  // its RSC copy), which the page cache did not keep, so every request rendered it again.
  it('keeps a formula-heavy article under 800 bytes a formula, so its page stays under 3 MB with its RSC copy', () => {
    const pairs = Array.from({ length: 120 }, (_, index) => formulaPair(index + 1));
    const rows = renderReadingRows({ title: 'Formulas', pairs, unaligned: [] });
    const html = rows.map((row) => `${row.sourceHtml ?? ''}${row.targetHtml ?? ''}`).join('');
    const formulas = 120 * 5 * 2;
    expect(count(html, /<math\b/g)).toBe(formulas);
    expect(html).not.toContain('katex-html');
    expect(Buffer.byteLength(html) / formulas).toBeLessThan(800);
    expect(Buffer.byteLength(html)).toBeLessThan(1_000_000);
  }, 30_000);

  it('lets no link, source or event handler into the MathML, whatever the TeX asks for', () => {
    const html = renderMarkdown(
      '$\\href{javascript:alert(1)}{x}$ $\\url{https://e.example}$ $\\htmlClass{a}{b}$ $\\htmlData{onclick=alert(1)}{c}$ $\\includegraphics{https://e.example/a.png}$',
    );
    expect(html).not.toMatch(/\s(?:href|xlink:href|src|on\w+)=/i);
    expect(html).not.toMatch(/<(?:a|img|script)\b/i);
  });
});
