import { describe, expect, it } from 'vitest';
import { findMentions } from '@/lib/domain/mentions.ts';

describe('finding mentions in a comment', () => {
  it('finds plain names and e-mail addresses, in order', () => {
    expect(findMentions('@mei please check, and @li.wei too; cc @mei@example.org')).toEqual(['mei', 'li.wei', 'mei@example.org']);
  });

  it('accepts names in any script, including CJK', () => {
    expect(findMentions('@小明 看一下这句，@Zoë_K 也看看')).toEqual(['小明', 'Zoë_K']);
  });

  it('finds a mention written straight after Chinese text', () => {
    expect(findMentions('请@小明 看一下')).toEqual(['小明']);
  });

  it('removes duplicates, keeping the first position; e-mail addresses compare case-insensitively', () => {
    expect(findMentions('@mei @ann @mei @Mei@Example.org @mei@example.org')).toEqual(['mei', 'ann', 'mei@example.org']);
  });

  it('leaves sentence punctuation out of the name', () => {
    expect(findMentions('Thanks @mei. Ask @ann, or @bob! (@carol) @dave@example.org.')).toEqual(['mei', 'ann', 'bob', 'carol', 'dave@example.org']);
  });

  it('ignores e-mail addresses written in the text', () => {
    expect(findMentions('Write to mei@example.org or ann.lee@example.org')).toEqual([]);
  });

  it('ignores mentions inside inline code spans', () => {
    expect(findMentions('Keep `@Override` and ``a `@b` c`` as they are, @mei')).toEqual(['mei']);
  });

  it('ignores mentions inside URLs', () => {
    expect(findMentions('See https://medium.com/@someone/post and [this](http://x.org/@bob) or www.example.org/@ann, @mei')).toEqual(['mei']);
  });

  it('returns nothing for a lone @ or no mentions', () => {
    expect(findMentions('Meet @ 10 — no mentions here')).toEqual([]);
    expect(findMentions('')).toEqual([]);
  });
});
