import { slugify } from '../article-metadata.ts';

/** The parts of a source file's path a translation template may use. */
function pathParts(sourcePath: string): { dir: string; name: string } {
  const slash = sourcePath.lastIndexOf('/');
  const dir = slash === -1 ? '' : sourcePath.slice(0, slash);
  const file = sourcePath.slice(slash + 1);
  const dot = file.lastIndexOf('.');
  return { dir, name: dot > 0 ? file.slice(0, dot) : file };
}

/**
 * Where the translation of `sourcePath` lives: the template with `{name}` (the file's name without
 * its extension) and `{dir}` (its folder, empty at the top) filled in. `zh/{name}.md` turns
 * `agents.md` into `zh/agents.md`; `{dir}/zh/{name}.md` turns `_posts/a.md` into `_posts/zh/a.md`.
 * Null when the result would leave the repository or name no file.
 */
export function translationPathFor(template: string, sourcePath: string): string | null {
  const { dir, name } = pathParts(sourcePath);
  const filled = template.replaceAll('{dir}', dir).replaceAll('{name}', name);
  const parts = filled.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.length === 0 || parts.some((part) => part === '..')) return null;
  return parts.join('/');
}

/** A template must name the file: without `{name}` every source would share one translation. */
export function translationTemplateProblem(template: string): string | null {
  if (!template.includes('{name}')) return 'The translation template must contain {name}, e.g. zh/{name}.md';
  const unknown = template.match(/\{(?!name\}|dir\})[^}]*\}/);
  if (unknown) return `The translation template may use {name} and {dir}, not ${unknown[0]}`;
  if (template.startsWith('/') || template.split('/').includes('..')) return 'The translation template must stay inside the repository';
  return null;
}

/** An article's slug from its source file: the name without extension, lowercased, with dashes. */
export function repositorySlugFor(sourcePath: string): string {
  return slugify(pathParts(sourcePath).name);
}

/**
 * The sources to sync among the files a glob matched: a file that is a source's translation (a
 * `**\/*.md` glob also matches `zh/*.md`), its own included, is not a source.
 */
export function sourcePathsAmong(matched: readonly string[], template: string): string[] {
  const translations = new Set(matched.map((path) => translationPathFor(template, path)));
  return matched.filter((path) => !translations.has(path)).sort();
}
