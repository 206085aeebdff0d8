import { exportFormats, type ExportFormat } from '@/lib/domain/export/export-formats.ts';
import { getTranslator } from '@/lib/i18n/server.ts';

const labelKeys = {
  source: 'exportArticle.source',
  zh: 'exportArticle.zh',
  seed: 'exportArticle.seed',
  bilingual: 'exportArticle.bilingual',
  xliff: 'exportArticle.xliff',
  xliff12: 'exportArticle.xliff12',
  tmx: 'exportArticle.tmx',
} as const satisfies Record<ExportFormat, string>;

/** Downloads come from the API, which the browser's session cookie authorizes. */
export async function ExportLinks({ slug }: { slug: string }) {
  const { t } = await getTranslator();
  return (
    <nav aria-label={t('exportArticle.title')}>
      <h2>{t('exportArticle.title')}</h2>
      <ul className="button-row">
        {exportFormats.map((format) => (
          <li key={format}>
            <a href={`/api/v1/articles/${encodeURIComponent(slug)}/export?format=${format}`} download>
              {t(labelKeys[format])}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
