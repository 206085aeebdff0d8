import { describe, expect, it } from 'vitest';
import type { CheckId, CheckInput } from '@/lib/domain/checks/finding.ts';
import { normalizeLinkTarget } from '@/lib/domain/checks/markdown-parity.ts';
import { buildMarkdownView, MAX_PARSED_LINES } from '@/lib/domain/checks/markdown-view.ts';
import { runChecks } from '@/lib/domain/checks/run-checks.ts';
import { DISTINCT_NAMES_SOURCE, fillToCheckLimit, HOSTILE_CHECK_TEXTS } from '../../../../bench/lib/hostile-texts.ts';

/*
 * The checks on hostile input: the API takes any two strings of up to 50,000 characters. Each of
 * these once took more than 10 seconds (regexes that backtracked over a long word, micromark on
 * thousands of `]` or nested containers) or overflowed the stack. The checks must still read such a
 * text to its end; `npm run bench:pathological` prints how long they take.
 */
function found(input: CheckInput): Array<[CheckId, string, unknown]> {
  return runChecks(input)
    .filter((finding) => !finding.checkId.startsWith('typography.'))
    .map((finding) => [finding.checkId, finding.message, finding.params?.value]);
}

describe('the checks keep their meaning on real text', () => {
  it('set aside names with digits that the target has, and check the digits of those it lacks', () => {
    expect(found({ source: 'Runs on GPT-4o, an A100 and the well-known_2 preset.', target: '在 gpt-4o、A100 和 well-known_2 预设上运行。' })).toEqual([]);
    expect(found({ source: 'Runs on an A100.', target: '在一块显卡上运行。' })).toEqual([['numbers', 'numberMissing', '100']]);
    expect(found({ source: 'Colour #FFE08C, size 12px.', target: '颜色 `#FFE08C`，大小 12px。' })).toEqual([]);
    expect(found({ source: 'Colour #FFE08C.', target: '黄色。' })).toEqual([['numbers', 'numberMissing', '08']]);
  });

  it('compare versions as written, the part of a word up to its last digit', () => {
    expect(found({ source: 'Needs v2beta and 1.2.3.', target: '需要 v2beta 和 1.2.3。' })).toEqual([]);
    expect(found({ source: 'Needs v2beta and 1.2.3.', target: '需要 v2 和 1.2。' })).toEqual([['numbers', 'versionMissing', '1.2.3']]);
    expect(found({ source: 'Build x1.2.3 is out.', target: '构建 x1.2.3 已发布。' })).toEqual([]);
  });

  it('find numbers among thousands in the target', () => {
    const target = `${Array.from({ length: 2000 }, (_, index) => index * 3).join('、')}。`;
    expect(found({ source: 'Values 5997, 3 and 7.', target })).toEqual([['numbers', 'numberMissing', '7']]);
  });

  it('find a run of English words left in the translation, with commas between them', () => {
    const source = 'As we saw, the model is in the browser, and it runs on a phone. Is the model in it?';
    expect(found({ source, target: '如前所述，the model is in the browser, and it runs on a phone.' })).toEqual([['leftover-english', 'leftoverEnglish', undefined]]);
    expect(found({ source, target: '如前所述，the model is in it。' })).toEqual([]);
  });

  it('read footnote references, HTML links, front matter values and link targets as before', () => {
    expect(buildMarkdownView('见[^note]和 [^a b] 以及 [^[^x]').footnoteReferences).toEqual(['note', '[^x']);
    expect(buildMarkdownView('<div>\n<a name="top"> <a href="#intro">x</a> <img alt="y" src="/i.png">\n</div>').links).toMatchObject([{ value: '#intro' }]);
    expect(buildMarkdownView('Stone bridges \t\r\n', 'frontmatter').prose).toBe('Stone bridges');
    expect(buildMarkdownView("'Stone: *bridges*", 'frontmatter').prose).toBe("'Stone: *bridges*");
    expect(normalizeLinkTarget('https://hf.co/docs/??')).toBe('https://hf.co/docs');
    expect(normalizeLinkTarget('https://hf.co/docs///')).toBe('https://hf.co/docs');
    expect(normalizeLinkTarget('https://hf.co/a??b/')).toBe('https://hf.co/a??b');
  });

  it('list nested blocks in document order', () => {
    expect(buildMarkdownView('- a\n  - b\n    1. c\n- d\n> - e').listShape).toEqual(['0-', '1-', '2.', '0-', '0-']);
    expect(buildMarkdownView(`${'> '.repeat(50)}- deep`).listShape).toEqual(['0-']);
  });
});

describe('the checks on hostile input', () => {
  it.each(Object.entries(HOSTILE_CHECK_TEXTS))('%s: reads to the end, finding the number the translation left out after it', (_name, text) => {
    // The hostile text on both sides, so every check reads all of it, and a number only the source has
    // after it. A target of nothing but spaces is also reported empty.
    const kind = text.startsWith('title:') ? 'frontmatter' : undefined;
    const source = kind ? `${text} 7` : `${text}\n\nRuns 7 times.`;
    const empty: Array<[CheckId, string, unknown]> = text.trim() === '' ? [['empty', 'empty', undefined]] : [];
    expect(found({ source, target: text, kind })).toEqual([...empty, ['numbers', 'numberMissing', '7']]);
  });

  it('a long target against thousands of distinct short names: checks the digits of every name it lacks', () => {
    const findings = found({ source: DISTINCT_NAMES_SOURCE, target: fillToCheckLimit('a') });
    expect(findings).toEqual(Array.from({ length: 8000 }, (_, index) => ['numbers', 'numberMissing', String(index)]));
  });

  it('reads absurdly nested Markdown as text rather than failing', () => {
    const view = buildMarkdownView(`${'> '.repeat(5000)}stone bridge`);
    expect(view.prose).toContain('stone bridge');
  });

  it(`reads a text of more than ${MAX_PARSED_LINES.toLocaleString('en-US')} lines as plain text, and one of fewer as Markdown`, () => {
    const lines = (count: number) => `Read [the guide](/a).\n\n${'- b\n'.repeat(count - 3)}- b`;
    expect(lines(MAX_PARSED_LINES).split('\n')).toHaveLength(MAX_PARSED_LINES);
    expect(buildMarkdownView(`${lines(MAX_PARSED_LINES)}\n`).links).toHaveLength(1);
    expect(buildMarkdownView(lines(MAX_PARSED_LINES)).links).toHaveLength(1);
    expect(buildMarkdownView(lines(MAX_PARSED_LINES + 1)).links).toHaveLength(0);
    expect(buildMarkdownView(lines(MAX_PARSED_LINES + 1)).prose).toContain('Read [the guide](/a).');
  });

  it('reads a text past the import limits as plain text, as the reader shows it', () => {
    const withinLimits = `> Read **the** [guide](/a).\n${'b\n'.repeat(100)}`;
    const pastLimits = `> Read **the** [guide](/a).\n${'b\n'.repeat(101)}`;
    expect(buildMarkdownView(withinLimits).links).toHaveLength(1);
    expect(buildMarkdownView(pastLimits).links).toHaveLength(0);
    expect(buildMarkdownView(pastLimits).prose).toContain('Read **the** [guide](/a).');
  });
});
