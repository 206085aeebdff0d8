'use client';

import Link from 'next/link';
import { useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert.tsx';
import { Button } from '@/components/ui/button.tsx';
import { useTranslator } from '@/lib/i18n/client.tsx';
import { errorMessageKey } from '@/lib/i18n/translate.ts';
import { listPublishBlockersAction, publishArticleAction, unpublishArticleAction } from '../publish-actions.ts';
import { PublishBlockersList, type Blockers } from './publish-blockers.tsx';

type Props = {
  slug: string;
  status: 'draft' | 'published' | 'unpublished';
  /** Translatable segments not approved yet: publishing is refused until this is 0. */
  remaining: number;
};

/** Publish and unpublish for reviewers and admins; the data-access layer checks both again. */
export function PublishControls({ slug, status, remaining }: Props) {
  const { t } = useTranslator();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const [blockers, setBlockers] = useState<Blockers | null>(null);
  const publish = () =>
    startTransition(async () => {
      const result = await publishArticleAction({ slug });
      setBlockers(null);
      if (result.ok) {
        setMessage({ tone: 'success', text: t('review.publish.published', { number: result.data.number }) });
        return;
      }
      setMessage({ tone: 'danger', text: result.code === 'invalid_transition' ? t('review.publish.refused') : t(errorMessageKey(result.code)) });
      // Refused by the workflow: say exactly which segments stand in the way, with a link to each.
      if (result.code === 'invalid_transition') {
        const found = await listPublishBlockersAction({ slug });
        if (found.ok) setBlockers(found.data);
      }
    });
  const unpublish = () =>
    startTransition(async () => {
      const result = await unpublishArticleAction({ slug });
      setMessage(result.ok ? { tone: 'success', text: t('review.publish.unpublished') } : { tone: 'danger', text: t(errorMessageKey(result.code)) });
    });
  const encoded = encodeURIComponent(slug);
  return (
    <section aria-labelledby="publish-title" className="stack">
      <h2 id="publish-title">{t('review.publish.heading')}</h2>
      <p>{t('review.publish.status', { status: t(`review.publish.statuses.${status}`) })}</p>
      <p>{remaining > 0 ? t('review.publish.remaining', { count: remaining }) : t('review.publish.ready')}</p>
      <div className="button-row">
        <Button onClick={publish} pending={pending} disabled={remaining > 0}>
          {status === 'draft' ? t('review.publish.publish') : t('review.publish.republish')}
        </Button>
        {status === 'published' && (
          <Button variant="danger" onClick={unpublish} pending={pending}>
            {t('review.publish.unpublish')}
          </Button>
        )}
        {status === 'published' && <Link href={`/articles/${encoded}`}>{t('review.publish.readerView')}</Link>}
        <Link href={`/workspace/articles/${encoded}/publications`}>{t('review.publish.history')}</Link>
      </div>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      {blockers && <PublishBlockersList slug={slug} blockers={blockers} />}
    </section>
  );
}
