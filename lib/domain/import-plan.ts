import { readArticleMetadata, readCredits, readFrontMatter, slugify, type ArticleMetadata, type Credits } from './article-metadata.ts';
import { alignTranslation, type UnalignedBlock } from './markdown/align-translation.ts';
import { exportSegmentsFromAlignment } from './markdown/export-markdown.ts';
import { storePlacement } from './markdown/block-layout.ts';
import { importedTranslationText, readFrontMatterBlock } from './markdown/front-matter-value.ts';
import { segmentMarkdown } from './markdown/segment-markdown.ts';
import type { SourceSegment } from './markdown/source-segment.ts';

/** What a user asks to import: an English file, optionally its Chinese translation. */
export type ImportRequest = { markdown: string; translation?: string | undefined; slug?: string | undefined; sourceUrl?: string | undefined };

/** One English segment as it will be stored, with the Chinese text aligned to it (null: none). */
export type PlannedSegment = {
  segment: SourceSegment;
  position: number;
  /** Front matter fields hold plain values; the Chinese file's own lines are kept whole in `frontMatter`. */
  translation: string | null;
  /** Where the Chinese text stood in its file (see block-layout.ts), as stored. */
  layout: string | null;
};

export type ImportPlan = {
  slug: string;
  english: ArticleMetadata;
  chinese: ArticleMetadata | null;
  credits: Credits;
  /** The Chinese file's front matter block, written back as imported while its values are unchanged. */
  frontMatter: string | null;
  segments: PlannedSegment[];
  /** How many Chinese blocks were paired with an English segment. */
  aligned: number;
  unaligned: UnalignedBlock[];
};

/**
 * Segments the English file and aligns the Chinese one to it: the one pipeline behind both the
 * import preview and the import, so what the preview shows is what the import stores.
 */
export function planImport(request: ImportRequest): ImportPlan {
  const english = readArticleMetadata(request.markdown);
  const segments = segmentMarkdown(request.markdown);
  const alignment = request.translation ? alignTranslation(segments, request.translation) : null;
  // Every aligned text is kept, including translated code comments in carried blocks and the empty
  // text that marks a segment the translator merged into its neighbour.
  const translated = alignment ? exportSegmentsFromAlignment(segments, alignment) : [];
  return {
    slug: request.slug ?? slugify(english.title ?? ''),
    english,
    chinese: request.translation ? readArticleMetadata(request.translation) : null,
    credits: readCredits(request.translation ? readFrontMatter(request.translation) : {}),
    frontMatter: request.translation ? readFrontMatterBlock(request.translation) : null,
    segments: segments.map((segment, position) => ({
      segment,
      position,
      translation: importedTranslationText(segment, translated[position]?.translation ?? null),
      layout: storePlacement({ layout: translated[position]?.layout, absent: translated[position]?.absent }),
    })),
    aligned: alignment?.pairs.length ?? 0,
    unaligned: alignment?.unaligned ?? [],
  };
}
