import { chineseTitleOf } from '../chinese-title.ts';
import { exportTranslation } from '../markdown/export-markdown.ts';
import { orderedSegments, translatedText, type ArticleExport, type UntranslatedPolicy } from './article-export.ts';

/**
 * The post our users publish on their own Jekyll sites: `layout`/`title`/`date` front matter, the
 * Chinese text, and a closing blockquote crediting the original and the translators. Untranslated
 * blocks stay in English by default so that nothing is silently missing from a published post.
 */
export function exportSeedFormat(article: ArticleExport, options: { untranslated: UntranslatedPolicy } = { untranslated: 'source' }): string {
  const body = exportTranslation(
    orderedSegments(article)
      .filter((segment) => segment.kind !== 'frontmatter')
      .map((segment) => ({ source: segment.source, translatable: segment.translatable, translation: translatedText(segment) })),
    options,
  );
  const parts = [formatJekyllFrontMatter(article) + body.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd()];
  const credits = formatCreditsQuote(article);
  if (credits) parts.push('* * *', credits);
  return parts.join('\n\n');
}

function formatJekyllFrontMatter(article: ArticleExport): string {
  const title = chineseTitleOf(orderedSegments(article)) ?? article.titleZh ?? article.title;
  const lines = ['---', 'layout: post', `title: ${singleQuotedYaml(title)}`];
  if (article.publishedAt) lines.push(`date: "${article.publishedAt.toISOString().replace(/\.\d{3}Z$/, 'Z')}"`);
  return [...lines, '---', ''].join('\n');
}

/** Single-quoted YAML has one escape, `''`, and cannot hold line breaks or control characters. */
function singleQuotedYaml(text: string): string {
  const oneLine = text.replace(/[\u0000-\u001F\u007F]+/g, ' ').trim();
  return `'${oneLine.replace(/'/g, "''")}'`;
}

/**
 * The closing credits. They end up on the community's own site, so nothing in them may become markup
 * there: names are written as text (every Markdown and HTML special character escaped, one line each)
 * and only an http(s) source URL becomes a link.
 */
function formatCreditsQuote(article: ArticleExport): string | null {
  const lines: string[] = [];
  if (article.sourceUrl && isHttpUrl(article.sourceUrl)) lines.push(`英文原文: ${formatAutoLink(article.sourceUrl)}`);
  const names = (people: readonly string[]) => people.map(markdownText).join(', ');
  if (article.credits.translators.length > 0) lines.push(`译者: ${names(article.credits.translators)}`);
  if (article.credits.reviewers.length > 0) lines.push(`校对: ${names(article.credits.reviewers)}`);
  return lines.length === 0 ? null : lines.map((line) => `> ${line}`).join('\n> \n');
}

function isHttpUrl(url: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** A name as literal text: on one line, with every character Markdown or HTML could read escaped. */
function markdownText(text: string): string {
  return text
    .replace(/[\u0000-\u001F\u007F]+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]()#+\-.!|~>]/g, (char) => `\\${char}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;');
}

/** `[url](url)`, with what would end the link text or destination early escaped. */
function formatAutoLink(url: string): string {
  const text = url.replace(/[\\[\]*_`<>]/g, (char) => `\\${char}`);
  const destination = url.replace(/[ ()<>]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${text}](${destination})`;
}
