/**
 * Documents known to make Markdown parsers quadratic or exhaust their stack, shared by
 * tests/unit/domain/fuzz-markdown.test.ts (which checks that every step still gives its whole
 * output, or that the document is refused) and bench/pathological-input.ts (which times each step).
 */
const repeatUntil = (make: (index: number) => string, count: number) => Array.from({ length: count }, (_, index) => make(index)).join('');
const cells = (count: number, cell: (index: number) => string) => `|${Array.from({ length: count }, (_, index) => ` ${cell(index)} `).join('|')}|\n`;

export const PATHOLOGICAL_DOCUMENTS: Record<string, string> = {
  '5,000 nested blockquotes': `${'> '.repeat(5000)}deep\n`,
  '200 lines of 5,000 nested blockquotes': `${'> '.repeat(5000)}deep\n`.repeat(200),
  '5,000 nested list items': `${'- '.repeat(5000)}deep\n`,
  '5,000 nested ordered lists and quotes': `${'1. > '.repeat(5000)}deep\n`,
  '2,000-column table': cells(2000, (index) => `h${index}`) + cells(2000, () => '---') + repeatUntil(() => cells(2000, (index) => `**${index}** [a](b)`), 2),
  '1 MB single line of words': 'word '.repeat(200_000),
  '1 MB single line of Chinese': '石桥可以屹立三百年，'.repeat(35_000),
  '1 MB single line of one character': 'a'.repeat(1_000_000),
  '10,000 emphasis markers': '*'.repeat(10_000),
  '10,000 alternating emphasis openers': '*a '.repeat(5000) + '_b '.repeat(5000),
  '10,000 unclosed strong and emphasis': '**a *b '.repeat(3400),
  '10,000 nested emphasis': `${'*'.repeat(5000)}a${'*'.repeat(5000)}`,
  '100,000 backticks': '`'.repeat(100_000),
  '100,000 backticks in runs of growing length': repeatUntil((index) => `${'`'.repeat(index + 1)}a `, 447),
  '50,000 unclosed code spans': '`a '.repeat(50_000),
  '50,000 deeply nested brackets': `${'['.repeat(50_000)}a${'](b)'.repeat(50_000)}`,
  '50,000 unclosed brackets': '['.repeat(50_000),
  '50,000 nested image brackets': `${'!['.repeat(25_000)}a${']'.repeat(25_000)}`,
  '50,000 nested link destinations': `[a](${'('.repeat(50_000)}`,
  '50,000 link reference openers': '[a]['.repeat(50_000),
  '20,000 nested HTML tags': '<div>'.repeat(20_000),
  '20,000 unclosed HTML comments and CDATA': '<!--<![CDATA[<?'.repeat(20_000),
  '50,000 autolink openers': '<a'.repeat(50_000) + ' https://'.repeat(20_000),
  '1 MB of dollar signs (math)': '$'.repeat(500_000) + '$$\n'.repeat(100_000),
  '20,000 prices in one paragraph (inline math openers)': 'costs $5 and '.repeat(20_000),
  'a 10,000-line formula of dollars, closed at a line\'s end': `$$\n${'x $ y $$$ z $\n'.repeat(10_000)}a).$$\n\nAfter.\n`,
  '20,000 footnote references': '[^a]'.repeat(20_000) + '\n\n[^a]: x\n',
  '10,000 setext underlines': 'a\n=\n'.repeat(10_000),
  '1 MB of blank lines': '\n'.repeat(1_000_000),
  'front matter of 20,000 keys': `---\n${repeatUntil((index) => `key${index}: value ${index}\n`, 20_000)}---\n\nText\n`,
  'front matter of 10,000 nested brackets': `---\ntitle: ${'['.repeat(10_000)}\n---\n\nText\n`,
  '10,000 entities': '&#x110000;&amp;&#0;'.repeat(10_000),
  '16,000 lazy lines in a block quote': `> a\n${'b\n'.repeat(16_000)}`,
  '4,000 lists ending inside a block quote': '> - - a\n'.repeat(4000),
  '8,000 lists nested in list items': '- - a\n'.repeat(8000),
  '300 lists nested by indentation': repeatUntil((index) => `${' '.repeat(2 * index)}- x\n`, 300),
  '3,000 nested emphasis of single delimiters': '*a '.repeat(3000) + 'b* '.repeat(3000),
  '100,000 link targets without a link': '](x'.repeat(100_000),
  '20,000 dots in a web address': `https://a${'.'.repeat(20_000)}b`,
  '4,000 setext headings in a block quote': '> a\n> =\n'.repeat(4000),
  '1 MB of spaces inside a paragraph': `a${' '.repeat(1_000_000)}b\n`,
  '40,000 undefined references in one paragraph': '[x] '.repeat(40_000),
  '40,000 failed links in one paragraph': '[a](x '.repeat(40_000),
  '10,000-line code block, then 10,000 lists nested in list items': `\`\`\`\n${'code\n'.repeat(10_000)}\`\`\`\n${'- - a\n'.repeat(10_000)}`,
  '10,000-line paragraph, then 10,000 lists nested in list items': `${'a\n'.repeat(10_000)}\n${'- - a\n'.repeat(10_000)}`,
  '60,000 quoted lines': '> a\n'.repeat(60_000),
};

/** 100 paragraphs of an image and 1,999 undefined references (within the limit of 2,000 `[`): segmenting them once took 14 s. */
export const IMAGE_PARAGRAPHS_OF_REFERENCES = `![a](/a.png) ${'[x] '.repeat(1999)}\n\n`.repeat(100);
