import { exportFormats, type ExportFormat } from '@/lib/domain/export/export-formats.ts';
import { getTranslator } from '@/lib/i18n/server.ts';

const labelKeys = {
  source: 'exportArticle.source',
  zh: 'exportArticle.zh',
  seed: 'exportArticle.seed',
  bilingual: 'exportArticle.bilingual',
  xliff: 'exportArticle.xliff',
  xliff12: 'exportArticle.xliff12',
  po: 'exportArticle.po',
  tmx: 'exportArticle.tmx',
} as const satisfies Record<ExportFormat, string>;

/**
 * Each format, and after XLIFF 1.2 its OmegaT variant: OmegaT translates only what a `<target>`
 * holds, so untranslated units carry a copy of the English (lib/domain/export/export-xliff.ts).
 */
const downloads = exportFormats.flatMap((format) => [
  { query: `format=${format}`, label: labelKeys[format] },
  ...(format === 'xliff12' ? [{ query: 'format=xliff12&untranslated=source', label: 'exportArticle.xliff12OmegaT' as const }] : []),
]);

/** Downloads come from the API, which the browser's session cookie authorizes. */
export async function ExportLinks({ slug }: { slug: string }) {
  const { t } = await getTranslator();
  return (
    <nav aria-label={t('exportArticle.title')}>
      <h2>{t('exportArticle.title')}</h2>
      <ul className="button-row">
        {downloads.map(({ query, label }) => (
          <li key={query}>
            <a href={`/api/v1/articles/${encodeURIComponent(slug)}/export?${query}`} download>
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
