import { describe, expect, it } from 'vitest';
import { findMarkdownLimitProblem, MARKDOWN_LIMITS } from '@/lib/domain/markdown/markdown-limits.ts';
import { ARTICLE } from '../../../../bench/lib/sample-markdown.ts';
import { loadCorpus } from '../../../support/corpus.ts';

const lines = (count: number, line: (index: number) => string) => Array.from({ length: count }, (_, index) => line(index)).join('');

describe('findMarkdownLimitProblem', () => {
  it('accepts real articles, translations and the sample article', () => {
    expect(findMarkdownLimitProblem(ARTICLE)).toBeNull();
    const corpus = loadCorpus();
    for (const file of corpus?.files ?? []) expect(findMarkdownLimitProblem(file.markdown), file.name).toBeNull();
    for (const pair of corpus?.pairs ?? []) expect(findMarkdownLimitProblem(pair.chinese), pair.name).toBeNull();
  });

  it('accepts nesting at the limits and what only looks deep', () => {
    const ok = [
      `${'> '.repeat(MARKDOWN_LIMITS.containerDepth)}deep\n`,
      lines(MARKDOWN_LIMITS.containerDepth, (index) => `${'  '.repeat(index)}- item\n`),
      `${'['.repeat(MARKDOWN_LIMITS.openBrackets)}a${'](b)'.repeat(MARKDOWN_LIMITS.openBrackets)}`,
      `${'*'.repeat(2 * MARKDOWN_LIMITS.emphasisDepth)}a${'*'.repeat(2 * MARKDOWN_LIMITS.emphasisDepth)}`,
      `> quote\n${'continued lazily\n'.repeat(MARKDOWN_LIMITS.lazyLines)}`,
      `${'* '.repeat(500)}\n`, // a thematic break, not 500 list items
      '*'.repeat(10_000), // a run that opens and closes nothing
      'snake_case_word '.repeat(1000),
      `\`\`\`\n${'['.repeat(5000)}\n${'- '.repeat(500)}x\n\`\`\`\n`, // code is not Markdown
      `<!--\n${'['.repeat(5000)}\n-->\n`,
      `$$\n${'['.repeat(5000)}\n$$\n`,
      `---\ntitle: ${'['.repeat(5000)}\n---\n\nText\n`, // front matter is YAML
      `- Contents\n${'  - Chapter\n    - Section\n'.repeat(MARKDOWN_LIMITS.nestedEnds)}`,
      `- Contents\n${'  - Entry\n'.repeat(5000)}`,
      `See https://example.com/a_b?c=d&e=f. And www.example.com.`,
      `${'a] '.repeat(MARKDOWN_LIMITS.unopenedBrackets)}`,
      `${'[a] b] '.repeat(1000)}`,
      `${'[x] '.repeat(MARKDOWN_LIMITS.paragraphBrackets)}\n\n${'[x] '.repeat(MARKDOWN_LIMITS.paragraphBrackets)}\n`,
      lines(3000, () => '- [a link](/a)\n'), // each list item's text is parsed on its own
      `| a | b |\n| --- | :-: |\n${lines(3000, () => '| [a](/a) | [b](/b) |\n')}`, // and each table cell's
      `${'['.repeat(5000)}`.replace(/\[/g, '\\['), // escaped brackets are text
      'a\n'.repeat(MARKDOWN_LIMITS.lines),
      `${'a\n'.repeat(MARKDOWN_LIMITS.lines)}${'\n'.repeat(100_000)}`,
    ];
    for (const markdown of ok) expect(findMarkdownLimitProblem(markdown), markdown.slice(0, 40)).toBeNull();
  });

  it('names the line and the limit a document goes past', () => {
    expect(findMarkdownLimitProblem(`Intro\n\n${'> '.repeat(5000)}deep\n`)).toEqual({
      line: 3,
      message: 'Line 3 nests block quotes and lists 5,000 levels deep; Duet accepts at most 100.',
    });
    expect(findMarkdownLimitProblem(lines(300, (index) => `${'  '.repeat(index)}- item\n`))?.message).toBe(
      'Line 101 nests block quotes and lists 101 levels deep; Duet accepts at most 100.',
    );
    expect(findMarkdownLimitProblem(`a\n${'[a]['.repeat(1000)}`)?.message).toBe(
      'Line 2 has more than 256 "[" open at once; Duet accepts links and brackets nested at most 256 deep.',
    );
    expect(findMarkdownLimitProblem(`${'*a '.repeat(3000)}${'b* '.repeat(3000)}`)?.message).toBe(
      'Line 1 nests emphasis (* or _) more than 100 levels deep; Duet accepts at most 100.',
    );
    expect(findMarkdownLimitProblem(`> a\n${'b\n'.repeat(1000)}`)?.message).toBe(
      'Line 102 is one of more than 100 lines of a paragraph that leave out its > or list indentation; Duet accepts at most 100.',
    );
    expect(findMarkdownLimitProblem(`Intro\n\n${'> - - a\n'.repeat(1000)}`)?.message).toBe(
      'Line 104 ends more than 100 block quotes and lists inside the block quote or list item that starts on line 3; Duet accepts at most 100.',
    );
    expect(findMarkdownLimitProblem(`[a](b) ${'](x'.repeat(100)}`)?.message).toBe(
      'Line 1 has more than 32 "]" without a "[" to close; Duet accepts at most 32.',
    );
    expect(findMarkdownLimitProblem(`Intro\n\n${'[x] '.repeat(40_000)}`)?.message).toBe(
      'Line 3 has more than 2,000 "[" in one paragraph; Duet accepts at most 2,000.',
    );
    expect(findMarkdownLimitProblem(`Intro\n\n${'[a](x\n'.repeat(3000)}`)?.message).toBe(
      'Line 2003 has more than 2,000 "[" in one paragraph; Duet accepts at most 2,000.',
    );
    expect(findMarkdownLimitProblem('> a\n'.repeat(60_000))?.message).toBe(
      'Line 50001 is past the 50,000 lines (blank ones aside) Duet accepts in one document.',
    );
    expect(findMarkdownLimitProblem(`\n\n${'a\n\n'.repeat(60_000)}`)?.line).toBe(100_003);
    expect(findMarkdownLimitProblem(`See https://a${'.'.repeat(1000)}b`)?.message).toBe(
      'Line 1 has a web address with more than 100 of . , ; : ! ? ) ] _ ~ and the like in a row; Duet accepts at most 100.',
    );
  });

  it('is not misled into skipping Markdown that only looks like code, HTML or the end of a paragraph', () => {
    const brackets = '['.repeat(5000);
    const refused = [
      `    \`\`\`\n${brackets}\n`, // indented code, not a fence: the next line is a paragraph
      `- \`\`\`\n${brackets}\n`, // the fence ends with its list item
      `> \`\`\`\n${brackets}\n`, // and with its block quote
      `<?>\n${brackets}\n`, // an HTML block that ends on its first line
      `<!-- note -->\n${brackets}\n`,
      `a\n${'2. [[[[\n'.repeat(100)}`, // `2.` cannot interrupt a paragraph, so these lines continue it
      `[[[[\n${'*\n[[[[\n'.repeat(100)}`, // neither can an empty list item
      `[[[[\n${'#[[[[\n'.repeat(100)}`, // `#` without a space is not a heading
      `> a\n${'2. b\n'.repeat(200)}`, // lazy lines, whatever they look like
      `- \`\`\`\n${'- '.repeat(5000)}x\n`,
    ];
    for (const markdown of refused) expect(findMarkdownLimitProblem(markdown), markdown.slice(0, 30)).not.toBeNull();
  });
});
