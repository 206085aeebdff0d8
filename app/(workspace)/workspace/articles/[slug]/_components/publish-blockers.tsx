'use client';

import Link from 'next/link';
import { checkMessageKey, type CheckId } from '@/lib/domain/checks/finding.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';

export type Blockers = {
  unapproved: Array<{ segmentId: string; number: number; status: string }>;
  errors: Array<{ segmentId: string; number: number; checkId: string }>;
};

/** Links listed per kind at most; the editor's filters show the rest. */
const maxListed = 50;

/** Why publishing was refused: each segment not approved, and each unwaived quality error, linked to the editor. */
export function PublishBlockersList({ slug, blockers }: { slug: string; blockers: Blockers }) {
  const { t } = useTranslator();
  const editor = `/workspace/articles/${encodeURIComponent(slug)}/edit`;
  const segmentLink = (segmentId: string, number: number) => (
    <Link href={`${editor}?segment=${encodeURIComponent(segmentId)}`}>{t('editor.bulk.segment', { number })}</Link>
  );
  return (
    <div className="stack" data-testid="publish-blockers">
      {blockers.unapproved.length > 0 && (
        <section>
          <h3>{t('review.publish.notApproved', { count: blockers.unapproved.length })}</h3>
          <ul>
            {blockers.unapproved.slice(0, maxListed).map(({ segmentId, number, status }) => (
              <li key={segmentId}>
                {segmentLink(segmentId, number)}: {t(`workspace.status.${status as 'draft'}`)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {blockers.errors.length > 0 && (
        <section>
          <h3>{t('review.publish.unwaivedErrors', { count: blockers.errors.length })}</h3>
          <ul>
            {blockers.errors.slice(0, maxListed).map(({ segmentId, number, checkId }, index) => (
              <li key={`${segmentId}:${checkId}:${index}`}>
                {segmentLink(segmentId, number)}: {t(`quality.checks.${checkMessageKey(checkId as CheckId)}`)}
              </li>
            ))}
          </ul>
          <p>
            <Link href={`${editor}?filter=errors`}>{t('review.publish.showErrors')}</Link>
          </p>
        </section>
      )}
    </div>
  );
}
