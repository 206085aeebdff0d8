import { readFile, writeFile } from 'node:fs/promises';
import { importArticle } from '@/lib/dal/articles/articles.ts';
import { getArticleExportOrThrow } from '@/lib/dal/articles/exports.ts';
import { updateArticleSource } from '@/lib/dal/articles/source-updates.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { exportArticle } from '../domain/export/export-formats.ts';
import { decodeMarkdownFile } from '../domain/markdown-file.ts';
import { exportQuerySchema } from '../validation/articles.ts';
import { parseOrThrow } from '../validation/parse.ts';
import { UsageError } from './usage-error.ts';

type Flags = Record<string, string | undefined>;

/** Reads a Markdown file for import, with an error that names the file. */
export async function readMarkdownFile(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `No such file: ${file}` : `Cannot read ${file}: ${code ?? 'unknown error'}`);
  }
  return decodeMarkdownFile(bytes, file);
}

/** `import EN.md [--translation ZH.md] [--slug S] [--source-url URL]`: prints one JSON object. */
export async function runImport(positionals: string[], flags: Flags): Promise<void> {
  const [file] = positionals;
  if (!file) throw new UsageError('Name the English Markdown file to import');
  const markdown = await readMarkdownFile(file);
  const translation = flags.translation ? await readMarkdownFile(flags.translation) : undefined;
  const summary = await importArticle(systemViewer, {
    markdown,
    ...(translation !== undefined && { translation }),
    ...(flags.slug !== undefined && { slug: flags.slug }),
    ...(flags['source-url'] !== undefined && { sourceUrl: flags['source-url'] }),
  });
  console.log(JSON.stringify(summary));
}

/** `update SLUG EN.md`: prints `{ unchanged, changed, added, removed }`. */
export async function runUpdate(positionals: string[]): Promise<void> {
  const [slug, file] = positionals;
  if (!slug || !file) throw new UsageError('Usage: update SLUG EN.md');
  const summary = await updateArticleSource(systemViewer, slug, await readMarkdownFile(file));
  console.log(JSON.stringify(summary));
}

/** `export SLUG --format F [--untranslated omit|source] [--out FILE]`: to stdout unless --out. */
export async function runExport(positionals: string[], flags: Flags): Promise<void> {
  const [slug] = positionals;
  if (!slug) throw new UsageError('Usage: export SLUG --format source|zh|seed|bilingual|xliff|xliff12|po|tmx');
  if (!flags.format) throw new UsageError('Missing --format');
  const query = parseOrThrow(exportQuerySchema, { format: flags.format, ...(flags.untranslated && { untranslated: flags.untranslated }) });
  const file = exportArticle(await getArticleExportOrThrow(systemViewer, slug), query.format, query.untranslated);
  if (flags.out) {
    await writeFile(flags.out, file.body);
    console.error(`Wrote ${flags.out}`);
  } else {
    process.stdout.write(file.body);
  }
}
