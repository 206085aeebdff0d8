import type { ArticleExport, UntranslatedPolicy } from './article-export.ts';
import { exportSource } from './article-export.ts';
import { exportBilingualMarkdown } from './bilingual-markdown.ts';
import { exportChineseMarkdown } from './chinese-markdown.ts';
import { exportPo } from './export-po.ts';
import { exportTmx } from './export-tmx.ts';
import { exportXliff12, exportXliff20 } from './export-xliff.ts';
import { exportSeedFormat } from './seed-format.ts';

export const exportFormats = ['source', 'zh', 'seed', 'bilingual', 'xliff', 'xliff12', 'po', 'tmx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export type ExportedFile = { filename: string; contentType: string; body: string };

const markdown = 'text/markdown; charset=utf-8';
const xml = 'application/xml; charset=utf-8';

/** One article in one of the export formats, with the file name and type to download it as. */
export function exportArticle(article: ArticleExport, format: ExportFormat, untranslated: UntranslatedPolicy): ExportedFile {
  const base = article.slug;
  switch (format) {
    case 'source':
      return { filename: `${base}.en.md`, contentType: markdown, body: exportSource(article) };
    case 'zh':
      return { filename: `${base}.zh.md`, contentType: markdown, body: exportChineseMarkdown(article, { untranslated }) };
    case 'seed':
      return { filename: `${base}.post.md`, contentType: markdown, body: exportSeedFormat(article, { untranslated }) };
    case 'bilingual':
      return { filename: `${base}.bilingual.md`, contentType: markdown, body: exportBilingualMarkdown(article) };
    case 'xliff':
      return { filename: `${base}.xlf`, contentType: xml, body: exportXliff20(article) };
    case 'xliff12':
      return { filename: `${base}.v12.xlf`, contentType: xml, body: exportXliff12(article, { untranslated }) };
    case 'po':
      return { filename: `${base}.zh_CN.po`, contentType: 'text/x-gettext-translation; charset=utf-8', body: exportPo(article) };
    case 'tmx':
      return { filename: `${base}.tmx`, contentType: xml, body: exportTmx(article) };
    default: {
      const unknown: never = format;
      throw new Error(`Unknown export format ${String(unknown)}`);
    }
  }
}
