import type { GlossaryEntry } from '../glossary/glossary-term.ts';
import type { BlockLayout, ImportedPlacement } from '../markdown/block-layout.ts';
import type { SegmentKind } from '../markdown/source-segment.ts';
import type { TranslationStatus } from '../workflow.ts';

export type { TranslationStatus };

export interface ArticleExportSegment {
  id: string;
  position: number;
  kind: SegmentKind;
  /** With its surrounding whitespace: joining every source gives back the English file. */
  source: string;
  translatable: boolean;
  /** `version` is the translation's version, which XLIFF units carry so a file read back can tell what changed since. */
  translation: { text: string; status: TranslationStatus; version?: number } | null;
  /** Where an imported translation stood in the Chinese file, or that the file had no counterpart. */
  placement?: ImportedPlacement;
}

/** Everything every export format needs, loaded once by the data-access layer. */
export interface ArticleExport {
  slug: string;
  title: string;
  /** The Chinese title found at import; the title segment's translation comes first (`chineseTitleOf`). */
  titleZh: string | null;
  sourceUrl: string | null;
  author: string | null;
  publishedAt?: Date;
  credits: { translators: string[]; reviewers: string[] };
  segments: ArticleExportSegment[];
  /** Imported Chinese blocks that matched no English segment, re-emitted where they stood. */
  unaligned?: Array<{ afterSegmentIndex: number | null; text: string; layout?: BlockLayout | null }>;
  /**
   * The imported Chinese file's front matter (or the part of it Duet kept, its `translators:` list):
   * exports write its lines as they were while their values are unchanged.
   */
  importedFrontMatter?: string;
  /** The glossary, for the terms XLIFF units name in their notes. */
  glossary?: GlossaryEntry[];
}

/** What to write where a segment has no translation yet: nothing, or the English text. */
export type UntranslatedPolicy = 'omit' | 'source';

/** The English Markdown file, byte for byte as it was imported. */
export function exportSource(article: ArticleExport): string {
  return orderedSegments(article).map((segment) => segment.source).join('');
}

export function orderedSegments(article: ArticleExport): ArticleExportSegment[] {
  return [...article.segments].sort((a, b) => a.position - b.position);
}

/**
 * The translated text, or null when there is none. An empty text is kept: it marks a segment whose
 * translation was merged into its neighbour's.
 */
export function translatedText(segment: ArticleExportSegment): string | null {
  const translation = segment.translation;
  if (!translation || translation.status === 'untranslated') return null;
  return translation.text;
}
