import { describe, expect, it } from 'vitest';
import { alignTranslation } from '@/lib/domain/markdown/align-translation.ts';
import { exportSegmentsFromAlignment, exportTranslation } from '@/lib/domain/markdown/export-markdown.ts';
import { segmentMarkdown } from '@/lib/domain/markdown/segment-markdown.ts';
import { segmentContent } from '@/lib/domain/markdown/source-segment.ts';
import { loadCorpus, withoutTrailingSpaces } from '../../../support/corpus.ts';

const corpus = loadCorpus();
if (!corpus) console.log('Corpus tests skipped: no corpus at ../shared/corpus (set DUET_CORPUS to its folder).');

describe.skipIf(!corpus)('corpus', () => {
  it('segments every file so that the segments join back to it byte for byte', () => {
    for (const file of corpus!.files) {
      expect(segmentMarkdown(file.markdown).map((segment) => segment.source).join(''), file.name).toBe(file.markdown);
    }
  }, 60_000);

  it('loses no Chinese text when aligning, and re-exports every Chinese file as it was', () => {
    const exact: string[] = [];
    for (const pair of corpus!.pairs) {
      const english = segmentMarkdown(pair.english);
      const alignment = alignTranslation(english, pair.chinese);
      const aligned = [...alignment.pairs, ...alignment.unaligned].map((item) => item.text).join('\n');
      for (const block of segmentMarkdown(pair.chinese)) expect(aligned, pair.name).toContain(segmentContent(block.source));

      const exported = exportTranslation(exportSegmentsFromAlignment(english, alignment), {
        untranslated: 'omit',
        insertions: alignment.unaligned,
      });
      const isExact = withoutTrailingSpaces(exported) === withoutTrailingSpaces(pair.chinese);
      if (isExact) exact.push(pair.name);
      console.log(
        `${pair.name}: ${english.length} segments, ${alignment.pairs.length} pairs, ${alignment.merged.length} merged, ` +
          `${alignment.unaligned.length} unaligned (${alignment.unaligned.map((block) => block.reason).join(', ')}), ` +
          `re-export ${isExact ? 'exact' : 'differs'}`,
      );
    }
    console.log(`re-exported exactly: ${exact.length}/${corpus!.pairs.length}`);
    expect(exact.length).toBe(corpus!.pairs.length);
  }, 60_000);
});
