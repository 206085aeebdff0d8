import type { GlossaryTerm } from '@/lib/domain/checks/finding.ts';
import type { TranslationStatus } from '@/lib/domain/workflow.ts';

/*
 * What the editor's server side (lib/dal/translating/editor.ts) sends and its client side (components/editor)
 * reads: one contract, so the components never import the data-access layer.
 */

export type EditorSegment = {
  id: string;
  position: number;
  kind: string;
  /** For a front matter field (`title`), its key: `source` and the translation are then plain values. */
  field: string | null;
  /** What is translated: the segment's Markdown without its surrounding whitespace, or a field's value. */
  source: string;
  /** The spaces before the source's first line, for rendering it (four make it code). */
  indent: string;
  /** The source before the latest update changed it (outdated translations only). */
  previousSource: string | null;
  translatable: boolean;
  words: number;
  openComments: number;
  translation: { text: string; status: TranslationStatus; version: number };
  /** Quality findings a reviewer accepted on the current version. */
  waivers: Array<{ checkId: string; reason: string; user: { name: string } | null }>;
};

export type EditorArticle = {
  slug: string;
  title: string;
  /** The title segment's translation, else the Chinese title found at import. */
  titleZh: string | null;
  segments: EditorSegment[];
  /** The glossary, for the checks and for showing terms beside the English. */
  glossary: GlossaryTerm[];
  viewer: { id: string; canReview: boolean };
};
