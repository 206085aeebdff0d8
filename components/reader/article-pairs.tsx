import type { ReadingRow } from '@/lib/domain/reader/reading-rows.ts';
import { Both } from '@/lib/i18n/both.tsx';
import styles from './article-pairs.module.css';

export function paragraphId(position: number): string {
  return `p-${position}`;
}

/**
 * English and Chinese in aligned rows (see ReadingRow: HTML already sanitized; a block that is not
 * translated, such as code or an HTML figure, is shown once, full width). A row's element id is
 * `p-{position}`, so `#p-3` links to the third paragraph; a Chinese block with no English counterpart
 * has a row of its own, in the Chinese column, with no permalink. Which of the four reading modes
 * shows is decided by the `data-reading-mode` attribute on <html> (set before the first paint from the
 * URL or the reader's stored choice), so one cached page serves every reader: two columns on wide
 * screens in side-by-side mode, otherwise each English block followed by its Chinese one, or one
 * language only. The column names and permalink labels are in both interface languages (see Both).
 */
export function ArticlePairs({ rows }: { rows: readonly ReadingRow[] }) {
  return (
    <div className={styles.pairs} data-reading-pairs="">
      <div className={styles.head} aria-hidden="true">
        <span>
          <Both k="reader.english" />
        </span>
        <span>
          <Both k="reader.chinese" />
        </span>
      </div>
      {rows.map((row, index) => {
        if (row.position === null || row.sourceHtml === null) {
          return (
            <div key={`zh-${index}`} className={`${styles.row} ${styles.chineseOnly}`} data-kind={row.kind}>
              <div lang="zh-CN" className={`${styles.cell} ${styles.target}`} dangerouslySetInnerHTML={{ __html: row.targetHtml ?? '' }} />
            </div>
          );
        }
        const { position } = row;
        const id = paragraphId(position);
        return (
          <div key={id} id={id} className={styles.row} data-kind={row.kind} data-translated={row.targetHtml !== null}>
            <div
              lang="en"
              className={[styles.cell, styles.source, row.targetHtml === null && styles.wide].filter(Boolean).join(' ')}
              dangerouslySetInnerHTML={{ __html: row.sourceHtml }}
            />
            {row.targetHtml !== null && (
              <div lang="zh-CN" className={`${styles.cell} ${styles.target}`} dangerouslySetInnerHTML={{ __html: row.targetHtml }} />
            )}
            <a href={`#${id}`} className={styles.permalink}>
              <span aria-hidden="true">¶</span>
              <span className="visually-hidden">
                <Both render={(t) => `${t('reader.permalink')}: ${t('readerSite.article.paragraph', { number: position })}`} />
              </span>
            </a>
          </div>
        );
      })}
    </div>
  );
}
