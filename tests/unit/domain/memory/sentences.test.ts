import { describe, expect, it } from 'vitest';
import { alignSentences, splitChineseSentences, splitEnglishSentences } from '@/lib/domain/memory/sentences.ts';

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
