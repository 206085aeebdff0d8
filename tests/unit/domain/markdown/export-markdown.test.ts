import { describe, expect, it } from 'vitest';
import { alignTranslation } from '@/lib/domain/markdown/align-translation.ts';
import { exportSegmentsFromAlignment, exportTranslation } from '@/lib/domain/markdown/export-markdown.ts';
import { segmentMarkdown } from '@/lib/domain/markdown/segment-markdown.ts';

const ENGLISH = '---\ntitle: "Hello"\ndate: 2024-01-01\n---\n\n# Hello\n\nFirst paragraph.\n\n```sh\nls\n```\n\n- one\n- two\n';

describe('exportTranslation', () => {
  const segments = segmentMarkdown(ENGLISH);
  const translations = new Map([
    [1, 'title: "你好"'],
    [4, '# 你好'],
    [5, '第一段。'],
    [7, '- 一'],
  ]);
  const withTranslations = segments.map((segment, index) => ({ ...segment, translation: translations.get(index) ?? null }));

  it('puts translations in the source structure and copies what is not translated', () => {
    expect(exportTranslation(withTranslations, { untranslated: 'omit' })).toBe(
      '---\ntitle: "你好"\ndate: 2024-01-01\n---\n\n# 你好\n\n第一段。\n\n```sh\nls\n```\n\n- 一\n',
    );
  });

  it('can keep untranslated segments in English', () => {
    expect(exportTranslation(withTranslations, { untranslated: 'source' })).toMatch(/- 一\n- two\n$/);
  });

  it('re-emits inserted blocks where they stood', () => {
    const exported = exportTranslation(withTranslations, {
      untranslated: 'omit',
      insertions: [
        { afterSegmentIndex: 5, text: '> 译者注：补充说明。' },
        { afterSegmentIndex: 2, text: 'translators:\n- user: lin' },
      ],
    });
    expect(exported).toContain('date: 2024-01-01\ntranslators:\n- user: lin\n---');
    expect(exported).toContain('第一段。\n\n> 译者注：补充说明。\n\n```sh');
  });

  it.each([
    ['the same structure', '---\ntitle: "你好"\ndate: 2024-01-01\n---\n\n# 你好\n\n第一段。\n\n```sh\nls\n```\n\n- 一\n- 二\n'],
    [
      'a split paragraph, a note and an added key',
      '---\ntitle: "你好"\ndate: 2024-01-01\ntranslators:\n- user: lin\n---\n\n# 你好\n\n第一段，\n\n分成两段。\n\n> 译者注：说明。\n\n```sh\nls\n```\n\n- 一\n- 二',
    ],
    ['different spacing', '---\ntitle: "你好"\ndate: 2024-01-01\n---\n# 你好\n\n\n\n第一段。\n```sh\nls\n```\n\n- 一\n- 二\n'],
  ])('reproduces an imported translation with %s', (_, chinese) => {
    const alignment = alignTranslation(segments, chinese);
    const exported = exportTranslation(exportSegmentsFromAlignment(segments, alignment), {
      untranslated: 'omit',
      insertions: alignment.unaligned,
    });
    expect(exported).toBe(chinese);
  });
});
