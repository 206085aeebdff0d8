'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition } from 'react';
import { Alert } from '@/components/ui/alert.tsx';
import { Button } from '@/components/ui/button.tsx';
import { ConfirmDialog, Dialog } from '@/components/ui/dialog.tsx';
import { useTranslator } from '@/lib/i18n/client.tsx';
import { errorMessageKey } from '@/lib/i18n/translate.ts';
import { archiveArticleAction, deleteArticleAction, unarchiveArticleAction } from '../admin-actions.ts';

type Props = { slug: string; title: string; archived: boolean };

/** Admins: archive or unarchive the article (asked first), or delete it once its slug is typed. */
export function ArticleAdmin({ slug, title, archived }: Props) {
  const { t } = useTranslator();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [typed, setTyped] = useState('');
  const cancelDelete = useRef<HTMLButtonElement>(null);

  const failed = (result: { code: string }) => setMessage({ tone: 'danger', text: t('articleAdmin.failed', { message: t(errorMessageKey(result.code)) }) });
  const toggleArchive = () =>
    startTransition(async () => {
      const result = archived ? await unarchiveArticleAction({ slug }) : await archiveArticleAction({ slug });
      if (result.ok) setMessage({ tone: 'success', text: t(archived ? 'articleAdmin.unarchived' : 'articleAdmin.archived') });
      else failed(result);
    });
  const remove = () =>
    startTransition(async () => {
      const result = await deleteArticleAction({ slug, confirm: typed });
      if (!result.ok) return failed(result);
      setDeleting(false);
      router.push('/workspace');
    });

  return (
    <section aria-labelledby="article-admin-title" className="stack">
      <h2 id="article-admin-title">{t('articleAdmin.heading')}</h2>
      <div className="button-row">
        {archived ? (
          <Button variant="secondary" onClick={toggleArchive} pending={pending}>
            {t('articleAdmin.unarchive')}
          </Button>
        ) : (
          <ConfirmDialog
            title={t('articleAdmin.archiveTitle', { title })}
            body={t('articleAdmin.archiveBody')}
            confirmLabel={t('articleAdmin.archive')}
            tone="danger"
            onConfirm={toggleArchive}
            trigger={(open) => (
              <Button variant="secondary" onClick={open} pending={pending}>
                {t('articleAdmin.archive')}
              </Button>
            )}
          />
        )}
        <Button variant="danger" onClick={() => { setTyped(''); setDeleting(true); }} pending={pending}>
          {t('articleAdmin.delete')}
        </Button>
      </div>
      <Dialog
        open={deleting}
        onClose={() => setDeleting(false)}
        title={t('articleAdmin.deleteTitle', { title })}
        description={t('articleAdmin.deleteBody', { slug })}
        initialFocus={cancelDelete}
        actions={
          <>
            <Button ref={cancelDelete} variant="secondary" onClick={() => setDeleting(false)}>
              {t('common.cancel')}
            </Button>
            <Button variant="danger" onClick={remove} pending={pending} disabled={typed !== slug}>
              {t('articleAdmin.deleteConfirm')}
            </Button>
          </>
        }
      >
        <label className="stack">
          {t('articleAdmin.confirmLabel')}
          <input value={typed} onChange={(event) => setTyped(event.target.value)} autoComplete="off" spellCheck={false} />
        </label>
      </Dialog>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
    </section>
  );
}
