'use client';

import { useId, useState } from 'react';
import { Alert } from '@/components/ui/alert.tsx';
import { Button } from '@/components/ui/button.tsx';
import { Field } from '@/components/ui/field.tsx';
import { Input } from '@/components/ui/input.tsx';
import type { XliffImportResult } from '@/lib/domain/xliff/plan-import.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';

type Stage = { kind: 'idle' } | { kind: 'busy' } | { kind: 'preview' | 'applied'; result: XliffImportResult } | { kind: 'failed'; message: string };

/**
 * Pick a translated XLIFF file, see what it would do (the API's dry run), then apply it. The file's
 * text is sent twice, so the preview and the import read the same bytes.
 */
export function XliffImport({ slug }: { slug: string }) {
  const { t } = useTranslator();
  const inputId = useId();
  const [xml, setXml] = useState<string | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });

  async function send(dryRun: boolean) {
    if (xml === null) return;
    setStage({ kind: 'busy' });
    try {
      const response = await fetch(`/api/v1/articles/${encodeURIComponent(slug)}/xliff${dryRun ? '?dryRun=1' : ''}`, {
        method: 'POST',
        headers: { 'content-type': 'application/xliff+xml' },
        body: xml,
      });
      const body = (await response.json()) as XliffImportResult & { error?: { message: string } };
      if (!response.ok) setStage({ kind: 'failed', message: body.error?.message ?? response.statusText });
      else setStage({ kind: dryRun ? 'preview' : 'applied', result: body });
    } catch (error) {
      setStage({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }

  const counts = (result: XliffImportResult) => ({
    applied: result.applied,
    unchanged: result.unchanged,
    conflicts: result.conflicts.length,
    refused: result.refused.length,
  });

  return (
    <section aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>{t('xliff.title')}</h2>
      <p>{t('xliff.hint')}</p>
      <Field label={t('xliff.file')}>
        {(control) => (
          <Input
            {...control}
            type="file"
            accept=".xlf,.xliff,.xml,.po,application/xliff+xml"
            onChange={async (event) => {
              const file = event.currentTarget.files?.[0];
              setStage({ kind: 'idle' });
              setXml(file ? await file.text() : null);
            }}
          />
        )}
      </Field>
      <div className="button-row">
        <Button type="button" variant="secondary" disabled={xml === null || stage.kind === 'busy'} onClick={() => send(true)}>
          {stage.kind === 'busy' ? t('xliff.previewing') : t('xliff.preview')}
        </Button>
        {stage.kind === 'preview' && stage.result.applied > 0 && (
          <Button type="button" onClick={() => send(false)}>
            {t('xliff.apply')}
          </Button>
        )}
      </div>
      {stage.kind === 'failed' && <Alert tone="danger">{t('xliff.failed', { message: stage.message })}</Alert>}
      {(stage.kind === 'preview' || stage.kind === 'applied') && (
        <>
          <Alert tone={stage.kind === 'applied' ? 'success' : 'info'}>
            {t(stage.kind === 'applied' ? 'xliff.applied' : 'xliff.summary', counts(stage.result))}
          </Alert>
          {stage.result.conflicts.length > 0 && (
            <>
              <h3>{t('xliff.conflictsHeading')}</h3>
              <ul>
                {stage.result.conflicts.map((conflict) => (
                  <li key={conflict.id}>
                    {t('xliff.yours')}: <span lang="zh-CN">{conflict.yours}</span>
                    <br />
                    {t('xliff.current')}: <span lang="zh-CN">{conflict.current}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {stage.result.refused.length > 0 && (
            <>
              <h3>{t('xliff.refusedHeading')}</h3>
              <ul>
                {stage.result.refused.map((refusal) => (
                  <li key={refusal.id}>
                    <code>{refusal.id}</code>: {refusal.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
