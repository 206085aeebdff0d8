'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { z } from 'zod';
import { callApi } from '@/components/editor/api.ts';
import { Alert } from '@/components/ui/alert.tsx';
import { Button } from '@/components/ui/button.tsx';
import { Progress } from '@/components/ui/progress.tsx';
import { useTranslator } from '@/lib/i18n/client.tsx';

const answerSchema = z.object({ filled: z.number(), skipped: z.number() });

/**
 * Batches per request: each is written whole or not at all, and Cancel stops between them. A
 * machine batch waits for the model, so it is smaller: progress moves and Cancel answers soon.
 */
const batchSize = { memory: 50, machine: 5 } as const;

type From = keyof typeof batchSize;
type Run = { from: From; done: number; filled: number; skipped: number; total: number; state: 'running' | 'cancelling' | 'finished' | 'cancelled' | 'failed'; message?: string };

/**
 * Pre-translation of the article's untranslated segments from the memory's exact matches or from
 * the machine, as drafts, batch by batch with a progress bar and Cancel.
 */
export function Pretranslate({ slug, untranslatedIds, machine }: { slug: string; untranslatedIds: readonly string[]; machine: boolean }) {
  const { t } = useTranslator();
  const router = useRouter();
  const [run, setRun] = useState<Run | null>(null);
  const cancelled = useRef(false);

  async function start(from: From) {
    cancelled.current = false;
    // One id for the run's batches: the audit log shows them as one entry.
    const runId = crypto.randomUUID();
    const total = untranslatedIds.length;
    let progress: Run = { from, done: 0, filled: 0, skipped: 0, total, state: 'running' };
    setRun(progress);
    for (let start = 0; start < total; start += batchSize[from]) {
      if (cancelled.current) {
        progress = { ...progress, state: 'cancelled' };
        break;
      }
      const segmentIds = untranslatedIds.slice(start, start + batchSize[from]);
      const outcome = await callApi('POST', `/api/v1/articles/${encodeURIComponent(slug)}/pretranslate`, answerSchema, { from, segmentIds, run: runId });
      if (outcome.kind !== 'ok') {
        progress = { ...progress, state: 'failed', message: outcome.message };
        break;
      }
      progress = { ...progress, done: progress.done + segmentIds.length, filled: progress.filled + outcome.data.filled, skipped: progress.skipped + outcome.data.skipped };
      setRun({ ...progress, state: cancelled.current ? 'cancelling' : 'running' });
    }
    if (progress.state === 'running') progress = { ...progress, state: 'finished' };
    setRun(progress);
    router.refresh();
  }

  const busy = run?.state === 'running' || run?.state === 'cancelling';
  return (
    <section aria-labelledby="pretranslate-heading" className="stack">
      <h2 id="pretranslate-heading">{t('editor.pretranslate.heading')}</h2>
      <p>{t('editor.pretranslate.intro', { count: untranslatedIds.length })}</p>
      <div className="button-row">
        <Button variant="secondary" disabled={busy || untranslatedIds.length === 0} onClick={() => void start('memory')}>
          {t('editor.pretranslate.fromMemory')}
        </Button>
        {machine && (
          <Button variant="secondary" disabled={busy || untranslatedIds.length === 0} onClick={() => void start('machine')}>
            {t('editor.pretranslate.fromMachine')}
          </Button>
        )}
        {busy && (
          <Button
            variant="danger"
            disabled={run.state === 'cancelling'}
            onClick={() => {
              cancelled.current = true;
              setRun({ ...run, state: 'cancelling' });
            }}
          >
            {t('editor.pretranslate.cancel')}
          </Button>
        )}
      </div>
      {run && (
        <div role="status" className="stack">
          <Progress label={t('editor.pretranslate.progress', { done: run.done, total: run.total })} value={run.done} total={run.total} />
          {run.state === 'cancelling' && <p>{t('editor.pretranslate.cancelling')}</p>}
          {(run.state === 'finished' || run.state === 'cancelled') && (
            <p>{t(run.state === 'finished' ? 'editor.pretranslate.finished' : 'editor.pretranslate.cancelled', { filled: run.filled, skipped: run.skipped })}</p>
          )}
        </div>
      )}
      {run?.state === 'failed' && <Alert tone="danger">{t('editor.pretranslate.failed', { filled: run.filled, message: run.message ?? '' })}</Alert>}
    </section>
  );
}
