import { isMap, isNode, isSeq, parseDocument, stringify } from 'yaml';
import { readCredits, type Credits } from '../article-metadata.ts';
import type { ExportInsertion } from '../markdown/export-markdown.ts';
import {
  fieldOfSegment,
  formatFrontMatterField,
  isFieldLine,
  readFrontMatterEntries,
  readFrontMatterField,
  translatedFieldValue,
} from '../markdown/front-matter-value.ts';
import { segmentContent } from '../markdown/source-segment.ts';
import { translatedText, type ArticleExport, type ArticleExportSegment } from './article-export.ts';

/** Changes to the front matter of an export: replaced segment texts by index, and added lines. */
export interface FrontMatterEdits {
  replacements: Map<number, string>;
  insertions: ExportInsertion[];
}

/**
 * `translators:` as the Hugging Face Chinese blog writes it: translators first, then each reviewer
 * with `proofreader: true` (so `readCredits` reads the same credits back).
 */
export function formatTranslatorsYaml(credits: Credits): string | null {
  const entries = [
    ...unique(credits.translators).map((name) => `- user: ${yamlScalar(name)}`),
    ...unique(credits.reviewers).map((name) => `- user: ${yamlScalar(name)}\n  proofreader: true`),
  ];
  return entries.length === 0 ? null : ['translators:', ...entries].join('\n');
}

/**
 * The front matter of an export. Each translated text field (`title`, `description`) becomes a
 * YAML or TOML line again: with `values: 'translated'` the Chinese value, with `'bilingual'` both
 * (`English / 中文`, as a key cannot appear twice). A field still untranslated keeps its English
 * line, as a file without its title is broken. A line of the imported Chinese file whose value is
 * unchanged is written as the translator wrote it.
 *
 * The credits go into a `translators:` list of the YAML front matter, the imported list kept as it
 * was while the credits are the same. An article without front matter gets one only when there
 * are credits to write; so does one whose imported Chinese file had none (its front matter is left
 * out of the export until there is something to write, and then written whole). TOML or unparsed
 * front matter gets no credits: a second block would break it.
 */
export function editFrontMatter(article: ArticleExport, segments: readonly ArticleExportSegment[], values: 'translated' | 'bilingual'): FrontMatterEdits {
  const edits: FrontMatterEdits = { replacements: new Map(), insertions: [] };
  const imported = readFrontMatterEntries(article.importedFrontMatter);
  segments.forEach((segment, index) => {
    if (segment.kind !== 'frontmatter' || !segment.translatable) return;
    const line = values === 'translated' ? translatedFieldLine(segment, imported) : bilingualFieldLine(segment);
    if (line !== null) edits.replacements.set(index, line);
  });
  const translators = translatorsBlock(article.credits, imported.get('translators'));
  const closingFence = findYamlClosingFence(segments);
  if (closingFence === null) {
    if (segments[0]?.kind !== 'frontmatter' && translators !== null) {
      edits.insertions.push({ afterSegmentIndex: null, text: ['---', translators, '---'].join('\n') });
    }
    return edits;
  }
  if (translators !== null) {
    const keyIndex = (key: string | undefined) =>
      key === undefined ? -1 : segments.findIndex((segment, index) => index < closingFence && fieldKey(segment) === key);
    const translatorsIndex = keyIndex('translators');
    // Where the imported file had its list: after the key it followed there, else last.
    const importedKeys = [...imported.keys()];
    const after = keyIndex(importedKeys[importedKeys.indexOf('translators') - 1]);
    if (translatorsIndex >= 0) edits.replacements.set(translatorsIndex, translators);
    else edits.insertions.push({ afterSegmentIndex: after >= 0 ? after : closingFence - 1, text: translators });
  }
  if (segments[0]!.placement?.absent && (translators !== null || edits.replacements.size > 0)) {
    writeWholeFrontMatter(edits, segments, closingFence);
  }
  return edits;
}

/** The key a front matter segment starts with (`title`, `translators`), or null. */
function fieldKey(segment: ArticleExportSegment): string | null {
  return /^([A-Za-z0-9_-]+)[ \t]*:/.exec(segmentContent(segment.source))?.[1] ?? null;
}

/** Front matter that the imported file left out, written in full once there is something to write. */
function writeWholeFrontMatter(edits: FrontMatterEdits, segments: readonly ArticleExportSegment[], closingFence: number) {
  for (let index = 0; index <= closingFence; index++) {
    const segment = segments[index]!;
    if (!edits.replacements.has(index) && translatedText(segment) === null) edits.replacements.set(index, segmentContent(segment.source));
  }
}

/** The Chinese line of a text field, or null to leave the segment to the export (not a text field). */
function translatedFieldLine(segment: ArticleExportSegment, imported: ReadonlyMap<string, string>): string | null {
  const field = fieldOfSegment(segment);
  if (!field) return null;
  const text = translatedText(segment);
  const value = text === null ? '' : translatedFieldValue(field, text);
  // Untranslated, the English line stays, unless the imported file had no such line.
  if (text === null || value.trim() === '') return segment.placement?.absent ? null : segmentContent(segment.source);
  // A whole line stored for this key (as imports did before values were stored plain) is the translator's own.
  if (isFieldLine(field, text)) return segmentContent(text);
  const importedLine = imported.get(field.key);
  const importedField = importedLine === undefined ? null : readFrontMatterField(importedLine);
  if (importedField?.key === field.key && importedField.value === value) return importedLine!;
  return formatFrontMatterField(importedField?.key === field.key ? importedField : field, value);
}

function bilingualFieldLine(segment: ArticleExportSegment): string | null {
  const field = fieldOfSegment(segment);
  const text = translatedText(segment);
  if (!field || text === null) return null;
  const value = translatedFieldValue(field, text).trim();
  return value === '' || value === field.value ? null : formatFrontMatterField(field, `${field.value} / ${value}`);
}

/**
 * The `translators:` list to write, or null when nobody is credited. The imported list is kept
 * byte for byte while it names the same people in the same roles; when the credits changed, each
 * person it still credits in the same role keeps their entry as written (`guest: true` and all).
 */
function translatorsBlock(credits: Credits, imported: string | undefined): string | null {
  const formatted = formatTranslatorsYaml(credits);
  if (formatted === null || imported === undefined) return formatted;
  const entries = readTranslatorEntries(imported);
  if (entries === null) return formatted;
  const importedCredits = readCredits({ translators: entries.map((entry) => entry.value) });
  if (sameCredits(importedCredits, credits)) return imported;
  const kept = (name: string, reviewer: boolean) =>
    entries.find((entry) => {
      const one = readCredits({ translators: [entry.value] });
      return (reviewer ? one.reviewers : one.translators).includes(name);
    })?.text;
  const indent = entries[0]?.indent ?? '';
  const lines = [
    ...unique(credits.translators).map((name) => kept(name, false) ?? `${indent}- user: ${yamlScalar(name)}`),
    ...unique(credits.reviewers).map((name) => kept(name, true) ?? `${indent}- user: ${yamlScalar(name)}\n${indent}  proofreader: true`),
  ];
  return [imported.slice(0, imported.indexOf('\n')), ...lines].join('\n');
}

type TranslatorEntry = { value: unknown; text: string; indent: string };

/** The entries of an imported `translators:` list, each with its lines as written; null when it is not a list. */
function readTranslatorEntries(block: string): TranslatorEntry[] | null {
  const document = parseDocument(block);
  const pair = isMap(document.contents) ? document.contents.items[0] : undefined;
  if (document.errors.length > 0 || !pair || !isSeq(pair.value) || pair.value.flow) return null;
  const items = pair.value.items;
  const starts = items.map((item) => {
    const start = isNode(item) ? item.range?.[0] : undefined;
    return start === undefined ? null : block.lastIndexOf('\n', start - 1) + 1;
  });
  if (starts.some((start) => start === null)) return null;
  const values = pair.value.toJSON() as unknown[];
  return items.map((_, index) => {
    const start = starts[index]!;
    const text = block.slice(start, starts[index + 1] ?? block.length).trimEnd();
    return { value: values[index], text, indent: /^[ \t]*/.exec(text)?.[0] ?? '' };
  });
}

function sameCredits(a: Credits, b: Credits): boolean {
  const same = (x: readonly string[], y: readonly string[]) => {
    const [left, right] = [new Set(unique(x)), new Set(unique(y))];
    return left.size === right.size && [...left].every((name) => right.has(name));
  };
  return same(a.translators, b.translators) && same(a.reviewers, b.reviewers);
}

/** The index of the closing `---` when the article opens with YAML front matter split into keys. */
function findYamlClosingFence(segments: readonly ArticleExportSegment[]): number | null {
  if (segments[0]?.kind !== 'frontmatter' || segmentContent(segments[0].source) !== '---') return null;
  for (let index = 1; index < segments.length && segments[index]!.kind === 'frontmatter'; index++) {
    if (/^(---|\.\.\.)$/.test(segmentContent(segments[index]!.source))) return index;
  }
  return null;
}

function yamlScalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names.map((name) => name.trim()).filter((name) => name !== ''))];
}
