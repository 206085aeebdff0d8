import { fieldOfSegment, translatedFieldValue } from './markdown/front-matter-value.ts';
import { segmentContent } from './markdown/source-segment.ts';
import type { TranslationStatus } from './workflow.ts';

type TitleSegment = { kind: string; source: string; translatable: boolean; translation: { text: string; status: TranslationStatus } | null };

const ATX_TITLE = /^#{1,2}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_TITLE = /^([^\n]+)\r?\n=+[ \t]*$/;

/**
 * The Chinese title, owned by the translation of the segment the English title comes from: the
 * front matter's `title`, or, in an article without one, its first heading (as `readArticleMetadata`
 * reads the English title). Null while that segment has no usable translation; `approvedOnly` reads
 * only an approved one (publishing). `segments` are in document order.
 */
export function chineseTitleOf(segments: readonly TitleSegment[], options: { approvedOnly?: boolean } = {}): string | null {
  const translated = (segment: TitleSegment): string | null => {
    const translation = segment.translation;
    if (!translation || translation.status === 'untranslated') return null;
    if (options.approvedOnly && translation.status !== 'approved') return null;
    return translation.text.trim() === '' ? null : translation.text;
  };
  for (const segment of segments) {
    if (segment.kind !== 'frontmatter') continue;
    const field = fieldOfSegment(segment);
    if (field?.key !== 'title') continue;
    const text = translated(segment);
    return text === null ? null : nonEmpty(translatedFieldValue(field, text));
  }
  const heading = segments.find((segment) => segment.kind === 'heading' && headingText(segmentContent(segment.source)) !== null);
  const text = heading ? translated(heading) : null;
  return text === null ? null : nonEmpty(headingText(segmentContent(text)) ?? segmentContent(text));
}

/** The text of a level 1 or 2 ATX heading or a level 1 setext heading, or null for anything else. */
function headingText(content: string): string | null {
  return (ATX_TITLE.exec(content) ?? SETEXT_TITLE.exec(content))?.[1]?.trim() ?? null;
}

function nonEmpty(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}
