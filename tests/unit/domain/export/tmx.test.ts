import { describe, expect, it } from 'vitest';
import { exportTmx } from '@/lib/domain/export/export-tmx.ts';
import { readXmlTree, type XmlElement } from '@/lib/domain/export/read-xml-tree.ts';
import { buildArticle, CHINESE, ENGLISH } from './article-fixture.ts';

const elements = (parent: XmlElement, name: string) =>
  parent.children.filter((child): child is XmlElement => typeof child !== 'string' && child.name === name);
const text = (element: XmlElement | undefined) => element?.children.filter((child) => typeof child === 'string').join('');

describe('exportTmx', () => {
  it('has a TMX 1.4b header describing Duet and the source language', () => {
    const root = readXmlTree(exportTmx(buildArticle(ENGLISH, CHINESE)));
    expect(root.attributes.version).toBe('1.4');
    expect(elements(root, 'header')[0]?.attributes).toEqual({
      creationtool: 'Duet',
      creationtoolversion: '1',
      segtype: 'paragraph',
      'o-tmf': 'Duet',
      adminlang: 'en',
      srclang: 'en',
      datatype: 'markdown',
    });
  });

  it('holds the approved pairs only, English then Chinese, a front matter field as its value', () => {
    const root = readXmlTree(exportTmx(buildArticle(ENGLISH, CHINESE)));
    const units = elements(elements(root, 'body')[0]!, 'tu').map((tu) => ({
      id: tu.attributes.tuid,
      variants: elements(tu, 'tuv').map((tuv) => [tuv.attributes['xml:lang'], text(elements(tuv, 'seg')[0])]),
    }));
    expect(units).toEqual([
      { id: 'seg-1', variants: [['en', 'Reading Rivers'], ['zh-CN', '读懂河流']] },
      { id: 'seg-5', variants: [['en', '# Reading Rivers'], ['zh-CN', '# 读懂河流']] },
      { id: 'seg-10', variants: [['en', '> Banks remember every storm.'], ['zh-CN', '> 河岸记得每一场风暴。']] },
    ]);
  });

  it('escapes Markdown and leaves out empty translations', () => {
    const article = buildArticle('A <b> & ]]> "q"\r\nline\n\nMerged.\n', {
      0: { text: '甲 <b> & ]]> "q"\r\n行', status: 'approved' },
      1: { text: '', status: 'approved' },
    });
    const root = readXmlTree(exportTmx(article));
    const tus = elements(elements(root, 'body')[0]!, 'tu');
    expect(tus).toHaveLength(1);
    expect(elements(tus[0]!, 'tuv').map((tuv) => text(elements(tuv, 'seg')[0]))).toEqual(['A <b> & ]]> "q"\r\nline', '甲 <b> & ]]> "q"\r\n行']);
  });
});
