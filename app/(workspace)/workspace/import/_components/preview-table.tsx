'use client';

import { Table } from '@/components/ui/table.tsx';
import type { ImportPreview } from '@/lib/dal/articles/articles.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';

export function PreviewTable({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslator();
  const counts = {
    slug: preview.slug,
    segments: preview.rows.length,
    translatable: preview.rows.filter((row) => row.translatable).length,
    aligned: preview.rows.filter((row) => row.translation !== null).length,
    unaligned: preview.unaligned.length,
  };
  return (
    <section aria-labelledby="preview-title" className="stack">
      <h2 id="preview-title">{t('importArticle.previewTitle', { slug: preview.slug })}</h2>
      <p>{t('importArticle.previewSummary', counts)}</p>
      <Table labelledBy="preview-title" className="segments">
          <thead>
            <tr>
              <th scope="col">{t('importArticle.position')}</th>
              <th scope="col">{t('importArticle.kind')}</th>
              <th scope="col">{t('reader.english')}</th>
              <th scope="col">{t('reader.chinese')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.position} data-translatable={row.translatable}>
                <td>{row.position + 1}</td>
                <td>
                  {t(`workspace.segmentKind.${row.kind as 'paragraph'}`)}
                  {!row.translatable && <small> · {t('importArticle.notTranslatable')}</small>}
                </td>
                <td lang="en">
                  <pre className="segment-source">{row.source}</pre>
                </td>
                <td lang="zh-CN">
                  <pre className="segment-source">{row.translation}</pre>
                </td>
              </tr>
            ))}
          </tbody>
      </Table>
      {preview.unaligned.length > 0 && (
        <>
          <h3>{t('importArticle.unalignedTitle')}</h3>
          <p>{t('importArticle.unalignedHint')}</p>
          <ul>
            {preview.unaligned.map((block, index) => (
              <li key={index}>
                <small>{t('importArticle.afterSegment', { position: block.afterPosition + 1 })}</small>
                <pre className="segment-source" lang="zh-CN">
                  {block.text}
                </pre>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
