import { Badge } from '@/components/ui/badge.tsx';
import type { WordChange } from '@/lib/domain/markdown/word-diff.ts';
import type { diffPublications } from '@/lib/dal/publishing/history.ts';
import { getTranslator } from '@/lib/i18n/server.ts';

type Diff = Awaited<ReturnType<typeof diffPublications>>;

const changeTone = { changed: 'warning', added: 'success', removed: 'danger' } as const;

function Changes({ changes, label, lang }: { changes: WordChange[]; label: string; lang: string }) {
  return (
    <p className="word-diff" aria-label={label} lang={lang}>
      {changes.map((part, index) =>
        part.kind === 'added' ? <ins key={index}>{part.text}</ins> : part.kind === 'removed' ? <del key={index}>{part.text}</del> : <span key={index}>{part.text}</span>,
      )}
    </p>
  );
}

/** The pairs that differ between two publications, with removed words struck and added ones underlined. */
export async function PublicationDiff({ diff }: { diff: Diff }) {
  const { t } = await getTranslator();
  const changed = diff.pairs.flatMap((pair) => (pair.change === 'same' ? [] : [{ ...pair, change: pair.change }]));
  const titleChanged = diff.titleZh.some((part) => part.kind !== 'same');
  return (
    <section aria-labelledby="publication-diff" className="stack">
      <h2 id="publication-diff">{t('review.publications.diffTitle', { from: diff.from.number, to: diff.to.number })}</h2>
      {changed.length === 0 && !titleChanged && <p>{t('review.publications.noChanges')}</p>}
      {titleChanged && <Changes changes={diff.titleZh} label={t('review.publications.chineseTitle')} lang="zh-CN" />}
      {changed.map((pair, index) => (
        <article key={`${pair.key}-${index}`} className="stack">
          <Badge tone={changeTone[pair.change]}>{t(`review.publications.changes.${pair.change}`)}</Badge>
          <Changes changes={pair.source} label={t('review.publications.english')} lang="en" />
          {pair.target.length > 0 && <Changes changes={pair.target} label={t('review.publications.chinese')} lang="zh-CN" />}
        </article>
      ))}
      {changed.length > 0 && <p className="meta">{t('review.publications.unchanged', { count: diff.pairs.length - changed.length })}</p>}
    </section>
  );
}
