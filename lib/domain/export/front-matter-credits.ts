import { parse, stringify } from 'yaml';
import type { ExportInsertion } from '../markdown/export-markdown.ts';
import { segmentContent } from '../markdown/source-segment.ts';
import type { ArticleExport, ArticleExportSegment } from './article-export.ts';

/** Changes to the front matter of an export: replaced segment texts by index, and added lines. */
export interface FrontMatterEdits {
  replacements: Map<number, string>;
  insertions: ExportInsertion[];
}

/**
 * `translators:` as the Hugging Face Chinese blog writes it: translators first, then each reviewer
 * with `proofreader: true` (so `readCredits` reads the same credits back).
 */
export function formatTranslatorsYaml(credits: ArticleExport['credits']): string | null {
  const entries = [
    ...unique(credits.translators).map((name) => `- user: ${yamlScalar(name)}`),
    ...unique(credits.reviewers).map((name) => `- user: ${yamlScalar(name)}\n  proofreader: true`),
  ];
  return entries.length === 0 ? null : ['translators:', ...entries].join('\n');
}

/** A JSON string is a valid YAML double-quoted scalar, and the HF blog quotes titles that way. */
export function formatTitleYaml(title: string): string {
  return `title: ${JSON.stringify(title)}`;
}

/**
 * Puts the credits (and, with `title: 'translated'`, the Chinese title) into the article's YAML front
 * matter, or into a new one before the text when the article has none. TOML or unparsed front matter
 * is left alone: a second, YAML block would break it.
 */
export function editFrontMatter(
  article: ArticleExport,
  segments: readonly ArticleExportSegment[],
  title: 'translated' | 'source',
): FrontMatterEdits {
  const edits: FrontMatterEdits = { replacements: new Map(), insertions: [] };
  const newTitle = title === 'translated' && article.titleZh !== null ? formatTitleYaml(article.titleZh) : null;
  const translators = formatTranslatorsYaml(article.credits);
  const closingFence = findYamlClosingFence(segments);
  if (closingFence === null) {
    if (segments[0]?.kind === 'frontmatter') return edits;
    const lines = [newTitle, translators].filter((line) => line !== null);
    if (lines.length > 0) edits.insertions.push({ afterSegmentIndex: null, text: ['---', ...lines, '---'].join('\n') });
    return edits;
  }
  const keyIndex = (key: string) =>
    segments.findIndex((segment, index) => index < closingFence && new RegExp(`^${key}[ \\t]*:`).test(segmentContent(segment.source)));
  const titleIndex = keyIndex('title');
  // A translated title line that already says the same is kept as the translator wrote it (quotes and all).
  const keepTitle = titleIndex >= 0 && yamlTitleOf(segments[titleIndex]?.translation?.text) === article.titleZh;
  setKey(edits, titleIndex, keepTitle ? null : newTitle, 0);
  setKey(edits, keyIndex('translators'), translators, closingFence - 1);
  return edits;
}

function setKey(edits: FrontMatterEdits, index: number, text: string | null, insertAfter: number) {
  if (text === null) return;
  if (index >= 0) edits.replacements.set(index, text);
  else edits.insertions.push({ afterSegmentIndex: insertAfter, text });
}

/** The index of the closing `---` when the article opens with YAML front matter split into keys. */
function findYamlClosingFence(segments: readonly ArticleExportSegment[]): number | null {
  if (segments[0]?.kind !== 'frontmatter' || segmentContent(segments[0].source) !== '---') return null;
  for (let index = 1; index < segments.length && segments[index]!.kind === 'frontmatter'; index++) {
    if (/^(---|\.\.\.)$/.test(segmentContent(segments[index]!.source))) return index;
  }
  return null;
}

function yamlTitleOf(line: string | undefined): string | null {
  if (!line) return null;
  try {
    const value: unknown = parse(line);
    return value && typeof value === 'object' && 'title' in value && typeof value.title === 'string' ? value.title : null;
  } catch {
    return null;
  }
}

function yamlScalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names.map((name) => name.trim()).filter((name) => name !== ''))];
}
