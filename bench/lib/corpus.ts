import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One Markdown file of the shared corpus, read into memory. */
export interface CorpusFile {
  name: string;
  markdown: string;
}

/** An English article with the Chinese translation its community published. */
export interface CorpusPair {
  name: string;
  english: string;
  chinese: string;
}

export interface Corpus {
  folder: string;
  files: CorpusFile[];
  pairs: CorpusPair[];
}

/**
 * The real-world articles in `DUET_CORPUS` or `../shared/corpus`, or null when the folder is absent
 * (a fresh clone): corpus tests skip then, and CI, which has the corpus, runs them.
 */
export function loadCorpus(): Corpus | null {
  const folder = path.resolve(process.env.DUET_CORPUS ?? path.join(process.cwd(), '..', 'shared', 'corpus'));
  if (!existsSync(folder)) return null;
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md') && path.basename(file) !== 'README.md')
    .sort()
    .map((file) => ({ name: file, markdown: readFileSync(path.join(folder, file), 'utf8') }));
  const byName = new Map(files.map((file) => [file.name, file.markdown]));
  const pairs = files.flatMap(({ name, markdown }) => {
    if (!name.endsWith('.en.md')) return [];
    const chinese = byName.get(name.replace(/\.en\.md$/, '.zh.md'));
    return chinese === undefined ? [] : [{ name: name.replace(/\.en\.md$/, ''), english: markdown, chinese }];
  });
  return { folder, files, pairs };
}

/** Markdown compared byte for byte except for whitespace at the ends of lines, which no reader sees. */
export function withoutTrailingSpaces(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
}
