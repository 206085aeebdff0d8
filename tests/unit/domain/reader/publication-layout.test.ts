import { describe, expect, it } from 'vitest';
import { alignTranslation } from '@/lib/domain/markdown/align-translation.ts';
import { exportSegmentsFromAlignment, exportTranslation, type ExportInsertion, type ExportSegment } from '@/lib/domain/markdown/export-markdown.ts';
import { segmentMarkdown } from '@/lib/domain/markdown/segment-markdown.ts';
import { segmentContent } from '@/lib/domain/markdown/source-segment.ts';
import { layOutPublication } from '@/lib/domain/reader/publication-layout.ts';
import { loadCorpus } from '../../../support/corpus.ts';

/** The two files joined back from the texts a publication keeps and the layout it records. */
function joinedFiles(segments: readonly ExportSegment[], insertions: readonly ExportInsertion[]) {
  const layout = layOutPublication(segments, insertions);
  const chinese: string[] = [];
  const addInsertions = (anchor: number | null) =>
    insertions.forEach((insertion, index) => {
      if (insertion.afterSegmentIndex === anchor) chinese.push(layout.insertions[index]!, segmentContent(insertion.text));
    });
  addInsertions(null);
  segments.forEach((segment, index) => {
    chinese.push(layout.segments[index]!.target, segmentContent(segment.translation ?? segment.source));
    addInsertions(index);
  });
  return {
    english: segments.map((segment, index) => layout.segments[index]!.source + segmentContent(segment.source)).join(''),
    chinese: chinese.join(''),
  };
}

function importedPair(english: string, chinese: string) {
  const segments = segmentMarkdown(english);
  const alignment = alignTranslation(segments, chinese);
  return { segments: exportSegmentsFromAlignment(segments, alignment), insertions: alignment.unaligned };
}

describe('the layout of a publication', () => {
  it('records the whitespace before each English text, indentation of its first line included', () => {
    const segments = segmentMarkdown('Install:\n\n    pip install x\n\n- a\n- b\n').map((segment) => ({ ...segment, translation: null }));
    expect(layOutPublication(segments, []).segments.map((spacing) => spacing.source)).toEqual(['', '\n\n    ', '\n\n', '\n']);
  });

  it('records the Chinese file as the export writes it: imported blocks in their own layout, notes where they stood', () => {
    const { segments, insertions } = importedPair('Install:\n\n    pip install x\n\n- a\n- b\n', '安装：\n\n    pip install x\n\n译者注：需要网络。\n\n- 甲\n\n- 乙\n');
    const layout = layOutPublication(segments, insertions);
    expect(layout.segments.map((spacing) => spacing.target)).toEqual(['', '\n\n    ', '\n\n', '\n\n']);
    expect(layout.insertions).toEqual(['\n\n']);
    expect(joinedFiles(segments, insertions).chinese).toBe(exportTranslation(segments, { untranslated: 'source', insertions }).trimEnd());
  });

  it('gives text typed in Duet the layout of its English source', () => {
    const segments = segmentMarkdown('1. a\n1. b\n\n***\n\n    code\n').map((segment, index) => ({ ...segment, translation: index < 2 ? `1. 译${index}` : null }));
    expect(layOutPublication(segments, []).segments.map((spacing) => spacing.target)).toEqual(['', '\n', '\n\n', '\n\n    ']);
  });
});

const corpus = loadCorpus();

describe.skipIf(!corpus)('the layout of a publication, on the corpus', () => {
  it('joins back to the English file and to the Chinese file the export writes, for every pair', () => {
    for (const pair of corpus!.pairs) {
      const { segments, insertions } = importedPair(pair.english, pair.chinese);
      const joined = joinedFiles(segments, insertions);
      expect(joined.english, pair.name).toBe(pair.english.trimEnd());
      expect(joined.chinese, pair.name).toBe(exportTranslation(segments, { untranslated: 'source', insertions }).trimEnd());
    }
  }, 120_000);
});
