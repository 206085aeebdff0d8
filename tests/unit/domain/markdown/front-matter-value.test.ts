import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  editableSource,
  editableTranslation,
  formatFrontMatterField,
  readFrontMatterBlock,
  readFrontMatterEntries,
  readFrontMatterField,
} from '@/lib/domain/markdown/front-matter-value.ts';

const title = (source: string) => ({ kind: 'frontmatter', source, translatable: true });

describe('front matter fields', () => {
  it('are shown and checked as their value, whatever the quoting', () => {
    expect(editableSource(title('title: "Reading Rivers" \n'))).toBe('Reading Rivers');
    expect(editableSource(title("title: 'It''s here'\n"))).toBe("It's here");
    expect(editableSource(title('description: >-\n  Two\n  lines\n'))).toBe('Two lines');
    expect(editableSource(title('title = "TOML \\"too\\""\n'))).toBe('TOML "too"');
    // Data, and a key without a text value, stay as they are written.
    expect(editableSource({ kind: 'frontmatter', source: 'thumbnail: /a.png\n', translatable: false })).toBe('thumbnail: /a.png');
    expect(editableSource(title('tags: [a, b]\n'))).toBe('tags: [a, b]');
    expect(editableSource({ kind: 'paragraph', source: 'title: "x"\n', translatable: true })).toBe('title: "x"');
  });

  it('read a translation stored as a whole line (older imports) and one typed as a value', () => {
    const segment = title('title: "Reading Rivers"\n');
    expect(editableTranslation(segment, 'title: "读懂河流"')).toBe('读懂河流');
    expect(editableTranslation(segment, '读懂河流')).toBe('读懂河流');
    expect(editableTranslation(segment, 'FineVideo: 幕后')).toBe('FineVideo: 幕后');
    expect(editableTranslation(segment, '"引号"开头的标题')).toBe('"引号"开头的标题');
  });

  it('are written back quoted like the line they replace, and always read back as the value', () => {
    const values = ['读懂河流', 'FineVideo: 幕后 # 不是注释', '"引号" and \'apostrophes\'', '- 列表？', 'true', 'line\nbreak', '\u007f\u0085'];
    for (const reference of ['title: "Reading Rivers"', "title: 'Reading Rivers'", 'title: Reading Rivers', 'title: >-\n  Reading Rivers']) {
      for (const value of values) {
        const line = formatFrontMatterField(readFrontMatterField(reference)!, value);
        expect(parse(line), `${reference} ← ${JSON.stringify(value)}`).toEqual({ title: value });
      }
    }
    expect(formatFrontMatterField(readFrontMatterField('title: "Reading Rivers"')!, '读懂河流')).toBe('title: "读懂河流"');
    expect(formatFrontMatterField(readFrontMatterField('title: Reading Rivers')!, '读懂河流')).toBe('title: 读懂河流');
    expect(formatFrontMatterField(readFrontMatterField('title: Reading Rivers')!, '<a>：锚元素')).toBe('title: <a>：锚元素');
    expect(formatFrontMatterField(readFrontMatterField('title: Reading Rivers')!, 'A: b')).toBe('title: "A: b"');
    expect(formatFrontMatterField(readFrontMatterField('title = "T"')!, '读 "懂"')).toBe('title = "读 \\"懂\\""');
  });

  it('are found by key in an imported front matter, each with its lines as written', () => {
    const chinese = '---\ntitle: "读懂河流" \nauthors:\n- user: lin\ntranslators:\n- user: mei\n  guest: true\n---\n\n正文\n';
    const block = readFrontMatterBlock(chinese);
    expect(block).toBe('---\ntitle: "读懂河流" \nauthors:\n- user: lin\ntranslators:\n- user: mei\n  guest: true\n---');
    expect([...readFrontMatterEntries(block)]).toEqual([
      ['title', 'title: "读懂河流"'],
      ['authors', 'authors:\n- user: lin'],
      ['translators', 'translators:\n- user: mei\n  guest: true'],
    ]);
    expect(readFrontMatterBlock('# 没有前置元数据\n')).toBeNull();
    expect([...readFrontMatterEntries('translators:\n- user: mei')]).toEqual([['translators', 'translators:\n- user: mei']]);
  });
});
