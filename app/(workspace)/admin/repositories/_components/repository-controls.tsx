'use client';

import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button.tsx';
import { inlineFormClassName, TextField } from '@/components/ui/field.tsx';
import { useTranslator } from '@/lib/i18n/client.tsx';
import { pushRepositoryAction, setSyncIntervalAction, syncRepositoryAction } from '../actions.ts';

type Message = { kind: 'status' | 'alert'; text: string };

/** Sync now, push to a branch, and the periodic sync's interval, each saying what it did. */
export function RepositoryControls({ name, syncIntervalMinutes }: { name: string; syncIntervalMinutes: number | null }) {
  const { t } = useTranslator();
  const [pending, startTransition] = useTransition();
  const [running, setRunning] = useState<'sync' | 'push' | 'interval' | null>(null);
  const [messages, setMessages] = useState<Message[]>([]);
  const [branch, setBranch] = useState('duet/translations');
  const [interval, setIntervalText] = useState(syncIntervalMinutes === null ? '' : String(syncIntervalMinutes));

  const run = (which: 'sync' | 'push' | 'interval', task: () => Promise<Message[]>) => {
    setRunning(which);
    startTransition(async () => {
      setMessages(await task());
      setRunning(null);
    });
  };

  const sync = () =>
    run('sync', async () => {
      const result = await syncRepositoryAction({ name });
      if (!result.ok) return [{ kind: 'alert', text: result.error }];
      const { imported, updated, unchanged, failed } = result.data;
      return [
        { kind: 'status', text: t('repositories.synced', { imported, updated, unchanged, failed: failed.length }) },
        ...failed.map((failure): Message => ({ kind: 'alert', text: `${failure.path}: ${failure.error}` })),
      ];
    });

  const push = () =>
    run('push', async () => {
      const result = await pushRepositoryAction({ name, branch });
      if (!result.ok) return [{ kind: 'alert', text: result.error }];
      const { commit, files, skipped } = result.data;
      const short = commit.slice(0, 10);
      return [
        { kind: 'status', text: files.length ? t('repositories.pushed', { commit: short, files: files.join(', ') }) : t('repositories.pushedNothing', { commit: short }) },
        ...skipped.map((item): Message => ({ kind: 'alert', text: t('repositories.leftOut', { slug: item.slug, reason: item.reason }) })),
      ];
    });

  const saveInterval = () =>
    run('interval', async () => {
      const result = await setSyncIntervalAction({ name, syncIntervalMinutes: interval });
      return [result.ok ? { kind: 'status', text: t('repositories.intervalSaved') } : { kind: 'alert', text: result.error }];
    });

  return (
    <div className="stack">
      <div>
        <Button onClick={sync} pending={pending && running === 'sync'} disabled={pending}>
          {running === 'sync' ? t('repositories.syncing') : t('repositories.syncNow')}
        </Button>
      </div>
      <div className={inlineFormClassName}>
        <TextField label={t('repositories.pushBranch')} value={branch} onChange={(event) => setBranch(event.target.value)} />
        <Button variant="secondary" onClick={push} pending={pending && running === 'push'} disabled={pending}>
          {running === 'push' ? t('repositories.pushing') : t('repositories.push')}
        </Button>
      </div>
      <div className={inlineFormClassName}>
        <TextField
          label={t('repositories.interval')}
          hint={t('repositories.intervalHint')}
          type="number"
          min={5}
          value={interval}
          onChange={(event) => setIntervalText(event.target.value)}
        />
        <Button variant="secondary" onClick={saveInterval} pending={pending && running === 'interval'} disabled={pending}>
          {t('repositories.saveInterval')}
        </Button>
      </div>
      {messages.map((message, index) =>
        message.kind === 'status' ? (
          <p key={index} role="status">
            {message.text}
          </p>
        ) : (
          <p key={index} role="alert" className="form-error">
            {message.text}
          </p>
        ),
      )}
    </div>
  );
}
