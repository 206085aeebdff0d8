import { describe, expect, it } from 'vitest';
import { alignTranslation, type TranslationAlignment } from '@/lib/domain/markdown/align-translation.ts';
import { segmentMarkdown } from '@/lib/domain/markdown/segment-markdown.ts';
import { segmentContent } from '@/lib/domain/markdown/source-segment.ts';

const ENGLISH = `---
title: "Faster tokenizers"
authors:
- user: ada
---

# Faster tokenizers

Our tokenizer now runs 4x faster on long inputs.
It also uses 30% less memory.

## Benchmarks

We measured it on [the wiki dump](https://example.com/wiki) with \`batch_size=64\`.

\`\`\`python
tokenizer.encode(text)
\`\`\`

## Limitations

Very long words are still split slowly.

Thanks to the 12 contributors who helped.
`;

const CHINESE = `---
title: "更快的分词器"
authors:
- user: ada
translators:
- user: lin
---

# 更快的分词器

我们的分词器在长输入上提速 4 倍。

它还少用了 30% 的内存。

## 基准测试

我们在 [维基数据](https://example.com/wiki) 上以 \`batch_size=64\` 进行了测量。

> 译者注：测试机器为普通笔记本。

\`\`\`python
tokenizer.encode(text)
\`\`\`

## 局限

超长单词的切分仍然较慢。

感谢 12 位贡献者的帮助。
`;

function pairsByEnglish(english: string, alignment: TranslationAlignment): Record<string, string> {
  const segments = segmentMarkdown(english);
  return Object.fromEntries(alignment.pairs.map((pair) => [segmentContent(segments[pair.segmentIndex]!.source), pair.text]));
}

/** Nothing lost, nothing repeated: every Chinese block, in order, is in one pair or unaligned block. */
function expectEveryChineseBlockOnce(english: string, chinese: string, alignment: TranslationAlignment) {
  const englishCount = segmentMarkdown(english).length;
  const inDocumentOrder = Array.from({ length: englishCount + 1 }, (_, slot) => [
    ...alignment.unaligned.filter((block) => (block.afterSegmentIndex ?? -1) === slot - 1).map((block) => block.text),
    ...alignment.pairs.filter((pair) => pair.segmentIndex === slot).map((pair) => pair.text),
  ]).flat();
  const chineseBlocks = segmentMarkdown(chinese).map((segment) => segmentContent(segment.source));
  const withoutWhitespace = (texts: string[]) => texts.join('').replace(/\s+/g, '');
  expect(withoutWhitespace(inDocumentOrder)).toBe(withoutWhitespace(chineseBlocks));
}

describe('alignTranslation', () => {
  const alignment = alignTranslation(segmentMarkdown(ENGLISH), CHINESE);
  const pairs = pairsByEnglish(ENGLISH, alignment);

  it('aligns front matter per key and keeps an added key as unaligned', () => {
    expect(pairs['title: "Faster tokenizers"']).toBe('title: "更快的分词器"');
    expect(pairs['authors:\n- user: ada']).toBe('authors:\n- user: ada');
    expect(alignment.unaligned).toContainEqual(
      expect.objectContaining({ afterSegmentIndex: 2, text: 'translators:\n- user: lin', reason: 'added-front-matter-key' }),
    );
  });

  it('joins a paragraph the translator split into two to its one source paragraph', () => {
    expect(pairs['Our tokenizer now runs 4x faster on long inputs.\nIt also uses 30% less memory.']).toBe(
      '我们的分词器在长输入上提速 4 倍。\n\n它还少用了 30% 的内存。',
    );
  });

  it('keeps a translator note unaligned after the block it follows', () => {
    const note = alignment.unaligned.find((block) => block.reason === 'translator-note');
    expect(note?.text).toBe('> 译者注：测试机器为普通笔记本。');
    expect(segmentContent(segmentMarkdown(ENGLISH)[note!.afterSegmentIndex!]!.source)).toMatch(/^We measured/);
  });

  it('aligns headings, code and the paragraphs after the note', () => {
    expect(pairs['## Benchmarks']).toBe('## 基准测试');
    expect(pairs['```python\ntokenizer.encode(text)\n```']).toBe('```python\ntokenizer.encode(text)\n```');
    expect(pairs['Very long words are still split slowly.']).toBe('超长单词的切分仍然较慢。');
    expect(pairs['Thanks to the 12 contributors who helped.']).toBe('感谢 12 位贡献者的帮助。');
    expectEveryChineseBlockOnce(ENGLISH, CHINESE, alignment);
  });

  it('leaves a section the translator skipped without translation', () => {
    const skipped = CHINESE.replace('## 局限\n\n超长单词的切分仍然较慢。\n\n', '');
    const result = alignTranslation(segmentMarkdown(ENGLISH), skipped);
    const resultPairs = pairsByEnglish(ENGLISH, result);
    expect(resultPairs['## Limitations']).toBeUndefined();
    expect(resultPairs['Very long words are still split slowly.']).toBeUndefined();
    expect(resultPairs['Thanks to the 12 contributors who helped.']).toBe('感谢 12 位贡献者的帮助。');
    expectEveryChineseBlockOnce(ENGLISH, skipped, result);
  });

  it('joins two source paragraphs the translator merged into one', () => {
    const english = '# Title\n\nThe first run took 12 minutes.\n\nThe second run took 7 minutes.\n\nDone.\n';
    const chinese = '# 标题\n\n第一次运行用了 12 分钟，第二次运行用了 7 分钟。\n\n完成。\n';
    const result = alignTranslation(segmentMarkdown(english), chinese);
    expect(result.pairs).toContainEqual(expect.objectContaining({ segmentIndex: 1, text: '第一次运行用了 12 分钟，第二次运行用了 7 分钟。' }));
    expect(result.merged).toEqual([{ segmentIndex: 2, intoSegmentIndex: 1 }]);
    expectEveryChineseBlockOnce(english, chinese, result);
  });

  it('leaves a short paragraph added to the English after translation untranslated, not merged', () => {
    const english =
      '# Title\n\nThe model was trained on a large corpus of public web pages over several weeks.\n\n' +
      'Update: weights are now available.\n\nIt reaches good scores on every benchmark we tried.\n';
    const chinese = '# 标题\n\n该模型在大量公开网页语料上训练了数周。\n\n它在我们尝试的每个基准上都取得了好成绩。\n';
    const result = alignTranslation(segmentMarkdown(english), chinese);
    expect(result.merged).toEqual([]);
    expect(result.pairs.map((pair) => pair.segmentIndex)).toEqual([0, 1, 3]);
    expectEveryChineseBlockOnce(english, chinese, result);
  });

  it('aligns a long pair stretch by stretch between code blocks both files hold once', () => {
    const block = (index: number, language: 'en' | 'zh') =>
      index % 10 === 9
        ? `\`\`\`python\nrun_step(${index}, name="step-${index}")\n\`\`\``
        : language === 'en'
          ? `Paragraph ${index} explains step ${index * 7} of the method in a few words.`
          : `第 ${index} 段用几句话解释方法的第 ${index * 7} 步。`;
    const count = 2_200;
    const join = (language: 'en' | 'zh') => Array.from({ length: count }, (_, index) => block(index, language)).join('\n\n') + '\n';
    // A translator's note every 100 blocks shifts the Chinese off the diagonal.
    const chinese = join('zh').replace(/(第 \d+00 段[^\n]*\n)/g, '$1\n> 译者注：补充。\n');
    const english = join('en');
    const result = alignTranslation(segmentMarkdown(english), chinese);
    expect(result.pairs).toHaveLength(count);
    expect(result.pairs.every((pair) => pair.text.includes(`${pair.segmentIndex}`))).toBe(true);
    expect(result.unaligned.map((item) => [item.reason, item.afterSegmentIndex])).toEqual(
      Array.from({ length: 21 }, (_, index) => ['translator-note', (index + 1) * 100]),
    );
  }, 60_000);

  it('aligns a translation of an older version: new source blocks stay untranslated', () => {
    const newer = ENGLISH.replace('## Limitations', '## Installation\n\nRun `pip install fasttok` to get version 2.1.\n\n## Limitations');
    const result = alignTranslation(segmentMarkdown(newer), CHINESE);
    const resultPairs = pairsByEnglish(newer, result);
    expect(resultPairs['## Installation']).toBeUndefined();
    expect(resultPairs['Run `pip install fasttok` to get version 2.1.']).toBeUndefined();
    expect(resultPairs['## Limitations']).toBe('## 局限');
    expectEveryChineseBlockOnce(newer, CHINESE, result);
  });

  it('leaves a section the translator moved unaligned rather than attached to the English that stands in its place', () => {
    const english =
      '# Notes on training\n\nAn introduction to what follows.\n\n' +
      '## Installing\n\nRun `pip install trainkit` and read [the guide](https://example.com/guide).\n\nVersion 3.2 needs Python 3.11.\n\n' +
      '## Training\n\nWe trained TinyBERT for 40 epochs on 8 GPUs with AdamW.\n\nThe loss fell to 0.37 after warmup.\n\n' +
      '## Results\n\nThanks for reading.\n';
    // The translator put the training section before the installation one.
    const chinese =
      '# 训练笔记\n\n下文内容的简介。\n\n' +
      '## 训练\n\n我们用 AdamW 在 8 块 GPU 上将 TinyBERT 训练了 40 个 epoch。\n\n预热之后损失降到了 0.37。\n\n' +
      '## 安装\n\n运行 `pip install trainkit` 并阅读[指南](https://example.com/guide)。\n\n3.2 版需要 Python 3.11。\n\n' +
      '## 结果\n\n感谢阅读。\n';
    const result = alignTranslation(segmentMarkdown(english), chinese);
    const resultPairs = pairsByEnglish(english, result);
    const training = ['## Training', 'We trained TinyBERT for 40 epochs on 8 GPUs with AdamW.', 'The loss fell to 0.37 after warmup.'];
    const installing = ['## Installing', 'Run `pip install trainkit` and read [the guide](https://example.com/guide).', 'Version 3.2 needs Python 3.11.'];
    const trainingChinese = ['## 训练', '我们用 AdamW 在 8 块 GPU 上将 TinyBERT 训练了 40 个 epoch。', '预热之后损失降到了 0.37。'];
    const installingChinese = ['## 安装', '运行 `pip install trainkit` 并阅读[指南](https://example.com/guide)。', '3.2 版需要 Python 3.11。'];
    // Each English block has its own translation or none: never the other section's.
    training.forEach((block, index) => expect([trainingChinese[index], undefined], block).toContain(resultPairs[block]));
    installing.forEach((block, index) => expect([installingChinese[index], undefined], block).toContain(resultPairs[block]));
    expect(resultPairs['## Results']).toBe('## 结果');
    expect(resultPairs['An introduction to what follows.']).toBe('下文内容的简介。');
    expectEveryChineseBlockOnce(english, chinese, result);
  });

  it('keeps every block of a translation that matches nothing', () => {
    const chinese = '# 完全不同的文章\n\n这里没有任何对应内容。\n\n- 列表\n';
    const result = alignTranslation(segmentMarkdown(ENGLISH), chinese);
    expectEveryChineseBlockOnce(ENGLISH, chinese, result);
    expect(alignTranslation([], chinese).unaligned.map((block) => block.afterSegmentIndex)).toEqual([null, null, null]);
  });
});
