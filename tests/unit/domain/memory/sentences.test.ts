import { describe, expect, it } from 'vitest';
import { alignSentences, splitChineseSentences, splitEnglishSentences } from '@/lib/domain/memory/sentences.ts';
import { countEnglishWords } from '@/lib/domain/text/word-count.ts';

describe('splitting English into sentences', () => {
  it('ends sentences at . ! and ?, keeping abbreviations, decimals and links inside', () => {
    expect(splitEnglishSentences('We trained it on 3.5 GPUs, e.g. an A100. It works! Does it? See [the docs](https://x.com/a.b). Done')).toEqual([
      'We trained it on 3.5 GPUs, e.g. an A100.',
      'It works!',
      'Does it?',
      'See [the docs](https://x.com/a.b).',
      'Done',
    ]);
    expect(splitEnglishSentences('Dr. Smith met Prof. Jones vs. Mr. Brown. They talked.')).toEqual(['Dr. Smith met Prof. Jones vs. Mr. Brown.', 'They talked.']);
  });

  it('reads a wrapped line as a space, not the end of a sentence', () => {
    expect(splitEnglishSentences('A long sentence that\nwraps onto a second line. And another\none.\n\n')).toEqual([
      'A long sentence that\nwraps onto a second line.',
      'And another\none.',
    ]);
  });

  it('gives nothing for blank text and one sentence for text without an end mark', () => {
    expect(splitEnglishSentences(' \n')).toEqual([]);
    expect(splitEnglishSentences('## A heading')).toEqual(['## A heading']);
  });
});

describe('splitting Chinese into sentences', () => {
  it('ends sentences at 。！？ with the closing quotes and brackets that follow', () => {
    expect(splitChineseSentences('他说：“开始吧。”然后走了！真的吗？（是的。）好')).toEqual(['他说：“开始吧。”', '然后走了！', '真的吗？', '（是的。）', '好']);
  });

  it('does not end a sentence at an ellipsis, a semicolon, a decimal point or a question mark in a URL', () => {
    expect(splitChineseSentences('版本 3.8 可用……但是；请看 [文档](https://x.com/?a=1)。下一句。')).toEqual([
      '版本 3.8 可用……但是；请看 [文档](https://x.com/?a=1)。',
      '下一句。',
    ]);
  });

  it('ends a sentence at a half-width ! or ? before a space or a Han character', () => {
    expect(splitChineseSentences('真的?是的! OK')).toEqual(['真的?', '是的!', 'OK']);
  });
});

describe('aligning the sentences of a pair', () => {
  it('pairs sentences one to one when the counts match', () => {
    expect(alignSentences('Cats sleep. Dogs bark.', '猫睡觉。狗叫。')).toEqual([
      { source: 'Cats sleep.', target: '猫睡觉。' },
      { source: 'Dogs bark.', target: '狗叫。' },
    ]);
  });

  it('gives nothing for one sentence, different counts, or numbers that do not line up', () => {
    expect(alignSentences('Cats sleep.', '猫睡觉。')).toEqual([]);
    expect(alignSentences('Cats sleep. Dogs bark.', '猫睡觉，狗叫。')).toEqual([]);
    expect(alignSentences('We used 8 GPUs. It took 3 days.', '用了 3 天。我们用了 8 块 GPU。')).toEqual([]);
  });
});

/*
 * Long text: a segment of an imported article or a memory file can be megabytes long. V8's
 * Intl.Segmenter slows down super-linearly past some 100,000 pieces (200,000 characters took 50
 * seconds to split into sentences, 50,000 words six minutes to count), and a merged sentence used to
 * be copied and tested again after every abbreviation. These check the whole result comes back;
 * how long it takes is measured by the benchmarks (npm run bench:pathological), not here.
 */

describe('splitting and counting long text', () => {
  it('gives the same sentences and words across the windows the text is read in', () => {
    const paragraph = 'Dr. Smith met Prof. Jones. They talked about 3.5 GPUs, e.g. an A100! Did it work? It did.\n';
    const text = paragraph.repeat(400);
    const sentences = splitEnglishSentences(text);
    expect(sentences).toHaveLength(1600);
    expect(sentences.slice(0, 4)).toEqual(['Dr. Smith met Prof. Jones.', 'They talked about 3.5 GPUs, e.g. an A100!', 'Did it work?', 'It did.']);
    expect(new Set(sentences).size).toBe(4);
    expect(countEnglishWords(text)).toBe(400 * countEnglishWords(paragraph));
  });

  it.each([
    ['200,000 characters of short sentences', () => expect(splitEnglishSentences('A b. '.repeat(40_000))).toHaveLength(40_000)],
    ['50,000 abbreviations in a row', () => expect(splitEnglishSentences('Dr. '.repeat(50_000))).toHaveLength(1)],
    ['100,000 Chinese sentences read as English', () => expect(splitEnglishSentences('石桥。'.repeat(100_000))).toEqual(Array.from({ length: 100_000 }, () => '石桥。'))],
    ['50,000 English words', () => expect(countEnglishWords('word '.repeat(50_000))).toBe(50_000)],
  ])('%s: gives the whole result', (_name, check) => {
    check();
  });
});
