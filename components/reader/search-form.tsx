import type { ReactNode } from 'react';
import styles from './search-form.module.css';

/** Text, or on pages cached for everyone both languages (see Both). */
export type SearchFormLabels = { label: ReactNode; submit: ReactNode; hint?: ReactNode };

/** Example queries, one in each language, so the placeholder suits either interface language. */
const placeholder = 'open source · 开源';

/** A plain GET form to /search, so it works before (and without) JavaScript. */
export function SearchForm({ query = '', labels, compact = false }: { query?: string; labels: SearchFormLabels; compact?: boolean }) {
  return (
    <form role="search" action="/search" method="get" className={compact ? `${styles.form} ${styles.compact}` : styles.form}>
      <label htmlFor={compact ? 'site-search-compact' : 'site-search'} className={compact ? 'visually-hidden' : styles.label}>
        {labels.label}
      </label>
      <div className={styles.row}>
        <input
          id={compact ? 'site-search-compact' : 'site-search'}
          type="search"
          name="q"
          defaultValue={query}
          placeholder={placeholder}
          maxLength={200}
          aria-describedby={labels.hint ? 'site-search-hint' : undefined}
          className={styles.input}
        />
        <button type="submit" className={styles.button}>
          {labels.submit}
        </button>
      </div>
      {labels.hint && (
        <p id="site-search-hint" className={styles.hint}>
          {labels.hint}
        </p>
      )}
    </form>
  );
}
