import { describe, expect, it } from 'vitest';
import { compileFind, maxFindLength, maxMatches, planReplacements, splitAtSpans, type FindQuery } from '@/lib/domain/find-replace.ts';

const literal: Omit<FindQuery, 'find' | 'replace'> = { regex: false, caseSensitive: true, wholeWord: false };
const texts = (...items: string[]) => items.map((text, index) => ({ segmentId: `s${index + 1}`, version: index + 1, text }));

function plan(items: string[], query: Partial<FindQuery> & Pick<FindQuery, 'find' | 'replace'>) {
  const result = planReplacements(texts(...items), { ...literal, ...query });
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('planReplacements', () => {
  it('replaces every literal occurrence and reports spans in the text before and after', () => {
    const result = plan(['cat and cat', 'no match', 'a cat'], { find: 'cat', replace: 'dog' });
    expect(result.total).toBe(3);
    expect(result.replacements.map((r) => [r.segmentId, r.version, r.after, r.count])).toEqual([
      ['s1', 1, 'dog and dog', 2],
      ['s3', 3, 'a dog', 1],
    ]);
    expect(result.replacements[0]!.spans).toEqual([{ start: 0, end: 3 }, { start: 8, end: 11 }]);
    expect(result.replacements[0]!.afterSpans).toEqual([{ start: 0, end: 3 }, { start: 8, end: 11 }]);
  });

  it('treats regex characters literally unless regex is on, and inserts $1 as typed', () => {
    const result = plan(['price (a+b) is $5.00', 'aab'], { find: '(a+b)', replace: '$1[x]' });
    expect(result.replacements.map((r) => r.after)).toEqual(['price $1[x] is $5.00']);
    expect(plan(['cost $5.00'], { find: '$5.00', replace: '$6.00' }).replacements[0]!.after).toBe('cost $6.00');
  });

  it('expands groups in regex mode', () => {
    const result = plan(['2024-01-31, 1999-12-01'], { find: '(\\d{4})-(\\d{2})-(\\d{2})', replace: '$1年$2月$3日', regex: true });
    expect(result.replacements[0]!.after).toBe('2024年01月31日, 1999年12月01日');
    expect(plan(['ab'], { find: '(?<x>a)', replace: '[$<x>$&$$]', regex: true }).replacements[0]!.after).toBe('[aa$]b');
  });

  it('matches case-insensitively when asked', () => {
    expect(plan(['GitHub github GITHUB'], { find: 'github', replace: 'GitHub' }).total).toBe(1);
    const insensitive = plan(['GitHub github GITHUB'], { find: 'github', replace: 'GitHub', caseSensitive: false });
    expect(insensitive.replacements[0]!.after).toBe('GitHub GitHub GitHub');
    // The one already right is counted too: the text still changes.
    expect(insensitive.total).toBe(3);
  });

  it('matches whole words only when asked, Chinese included', () => {
    expect(plan(['cat catalog cat_x cat.'], { find: 'cat', replace: 'dog', wholeWord: true }).replacements[0]!.after).toBe('dog catalog cat_x dog.');
    expect(plan(['用户和用户们'], { find: '用户', replace: '使用者' }).replacements[0]!.after).toBe('使用者和使用者们');
  });

  it('counts Chinese and astral characters as the text counts them', () => {
    const result = plan(['开源软件😀开源社区'], { find: '开源', replace: '开放源代码' });
    expect(result.replacements[0]!.after).toBe('开放源代码软件😀开放源代码社区');
    expect(result.replacements[0]!.spans).toEqual([{ start: 0, end: 2 }, { start: 6, end: 8 }]);
    expect(splitAtSpans('开源软件😀开源社区', result.replacements[0]!.spans)).toEqual([
      { text: '开源', marked: true },
      { text: '软件😀', marked: false },
      { text: '开源', marked: true },
      { text: '社区', marked: false },
    ]);
    // With the u flag a dot is one character, an emoji included.
    expect(plan(['a😀b'], { find: 'a.b', replace: 'x', regex: true }).replacements[0]!.after).toBe('x');
  });

  it('leaves out texts the replacement would not change, and empty texts', () => {
    const result = plan(['same', '', 'same here'], { find: 'same', replace: 'same' });
    expect(result).toEqual({ ok: true, replacements: [], total: 0 });
  });
});

describe('refused queries', () => {
  const refused = (query: Partial<FindQuery>, items = ['text']) => planReplacements(texts(...items), { ...literal, find: 'x', replace: '', ...query });

  it('explains an invalid regular expression', () => {
    const result = refused({ find: '(unclosed', regex: true });
    expect(result).toMatchObject({ ok: false, reason: 'invalid_pattern' });
    expect(!result.ok && result.message).toMatch(/^Not a valid regular expression: /);
    // The same text is fine as a literal.
    expect(refused({ find: '(unclosed' }, ['(unclosed)'])).toMatchObject({ ok: true, total: 1 });
  });

  it('refuses an empty find, an overlong one and an empty match', () => {
    expect(refused({ find: '' })).toMatchObject({ ok: false, reason: 'empty' });
    expect(refused({ find: 'a'.repeat(maxFindLength + 1) })).toMatchObject({ ok: false, reason: 'too_long' });
    expect(refused({ find: 'z*', regex: true })).toMatchObject({ ok: false, reason: 'empty_match' });
  });

  it('refuses patterns that can backtrack catastrophically, and back-references', () => {
    for (const find of ['(a+)+$', '(\\w*)*x', '(?:a|b+){2,}', '((ab)*c)+']) {
      expect(compileFind({ find, regex: true, caseSensitive: true, wholeWord: false })).toMatchObject({ ok: false, reason: 'unsafe_pattern' });
    }
    expect(compileFind({ find: '(a)\\1', regex: true, caseSensitive: true, wholeWord: false })).toMatchObject({ ok: false, reason: 'unsafe_pattern' });
    // Escaped and bracketed quantifier characters are not quantifiers.
    expect(compileFind({ find: '(a\\+)+', regex: true, caseSensitive: true, wholeWord: false }).ok).toBe(true);
    expect(compileFind({ find: '([+*])+', regex: true, caseSensitive: true, wholeWord: false }).ok).toBe(true);
  });

  it('stops counting past the match limit', () => {
    const many = 'a'.repeat(maxMatches + 1);
    expect(refused({ find: 'a' }, [many])).toMatchObject({ ok: false, reason: 'too_many_matches' });
  });
});
