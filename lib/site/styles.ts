import { readFileSync } from 'node:fs';
import path from 'node:path';
import { transform } from 'lightningcss';

/*
 * The reading site's one stylesheet, made from the same CSS the app's components use: the global
 * sheet, then each CSS module compiled (by lightningcss, the CSS modules compiler) with its classes
 * renamed `<module>-<class>`, so the site's pages and the app's look the same and neither is copied.
 */

const globalSheets = ['app/globals.css', 'lib/i18n/both.css'];

/** The CSS modules the site's pages use, by the short name their classes get. */
const moduleSheets = {
  header: 'components/site-header.module.css',
  locale: 'components/locale-switcher.module.css',
  status: 'components/status-page.module.css',
  meta: 'lib/site/styles/article-meta.module.css',
  articleHeader: 'lib/site/styles/article-header.module.css',
  list: 'lib/site/styles/article-list.module.css',
  pairs: 'lib/site/styles/article-pairs.module.css',
  credits: 'lib/site/styles/credits.module.css',
  pagination: 'lib/site/styles/pagination.module.css',
  modes: 'lib/site/styles/reading-mode-switcher.module.css',
  search: 'lib/site/styles/search-form.module.css',
  results: 'lib/site/styles/search-results.module.css',
  searchPage: 'lib/site/styles/search-page.module.css',
  article: 'lib/site/styles/article-page.module.css',
  listing: 'lib/site/styles/listing-page.module.css',
} as const;

export type SiteModule = keyof typeof moduleSheets;

export type SiteStyles = {
  css: string;
  /** The class attribute for a module's class (with the classes it composes), as CSS modules give it. */
  className: (module: SiteModule, local: string) => string;
};

type Exports = Record<string, { name: string; composes: Array<{ type: string; name: string; specifier?: string }> }>;

/** Built once per process: the sources are part of the app, so they change only with a new build. */
let built: SiteStyles | undefined;

export function siteStyles(root = process.cwd()): SiteStyles {
  if (built) return built;
  const read = (file: string) => readFileSync(path.join(/*turbopackIgnore: true*/ root, file));
  const moduleByFile = new Map<string, SiteModule>(Object.entries(moduleSheets).map(([name, file]) => [path.normalize(file), name as SiteModule]));
  const exportsByModule = new Map<SiteModule, Exports>();
  const parts = globalSheets.map((file) => transform({ filename: file, code: read(file), minify: true }).code.toString());
  for (const [name, file] of Object.entries(moduleSheets) as Array<[SiteModule, string]>) {
    const result = transform({ filename: file, code: read(file), minify: true, cssModules: { pattern: `${name}-[local]`, dashedIdents: false } });
    exportsByModule.set(name, result.exports as Exports);
    parts.push(result.code.toString());
  }
  const className = (module: SiteModule, local: string): string => {
    const entry = exportsByModule.get(module)?.[local];
    if (!entry) throw new Error(`The site's stylesheet has no class ${local} in ${moduleSheets[module]}`);
    const composed = entry.composes.map((reference) => {
      if (reference.type === 'local') return className(module, reference.name);
      const from = reference.specifier && moduleByFile.get(path.normalize(path.join(path.dirname(moduleSheets[module]), reference.specifier)));
      if (!from) throw new Error(`${moduleSheets[module]} composes from ${reference.specifier}, which the site's stylesheet does not include`);
      return className(from, reference.name);
    });
    return [entry.name, ...composed].join(' ');
  };
  built = { css: parts.join('\n'), className };
  return built;
}
