'use client';

import { useState, useTransition } from 'react';
import { Badge } from '@/components/ui/badge.tsx';
import { Button } from '@/components/ui/button.tsx';
import { ConfirmDialog } from '@/components/ui/dialog.tsx';
import type { GlossaryTerm } from '@/lib/dal/memory/glossary.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';
import { errorMessageKey } from '@/lib/i18n/translate.ts';
import { deleteGlossaryTermAction } from '../actions.ts';
import { TermForm } from './term-form.tsx';

export function TermRow({ term }: { term: Omit<GlossaryTerm, 'updatedAt'> }) {
  const { t } = useTranslator();
  const [editing, setEditing] = useState(false);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const remove = () => {
    startTransition(async () => {
      const result = await deleteGlossaryTermAction({ id: term.id });
      setError(result.ok ? null : t(errorMessageKey(result.code)));
    });
  };
  if (editing) {
    return (
      <tr>
        <td colSpan={6}>
          <TermForm term={term} onSaved={() => setEditing(false)} />
          <Button variant="ghost" onClick={() => setEditing(false)}>
            {t('memory.glossary.cancel')}
          </Button>
        </td>
      </tr>
    );
  }
  return (
    <tr>
      <td lang="en">{term.source}</td>
      <td lang="zh-CN">{term.target}</td>
      <td>{term.partOfSpeech}</td>
      <td>
        <Badge tone={term.status === 'forbidden' ? 'danger' : 'success'}>{t(`memory.glossary.statuses.${term.status}`)}</Badge>
      </td>
      <td>{term.notes}</td>
      <td>
        <span className="button-row">
          <Button variant="secondary" size="small" aria-label={t('memory.glossary.editTerm', { term: term.source })} onClick={() => setEditing(true)}>
            {t('memory.glossary.edit')}
          </Button>
          <ConfirmDialog
            title={t('memory.glossary.confirmDelete', { term: term.source })}
            body={t('memory.glossary.confirmDeleteBody')}
            confirmLabel={t('memory.glossary.delete')}
            tone="danger"
            onConfirm={remove}
            trigger={(open) => (
              <Button variant="danger" size="small" pending={pending} aria-label={t('memory.glossary.deleteTerm', { term: term.source })} onClick={open}>
                {t('memory.glossary.delete')}
              </Button>
            )}
          />
        </span>
        {error && (
          <span role="alert" className="form-error">
            {error}
          </span>
        )}
      </td>
    </tr>
  );
}
