'use client';

import { useActionState } from 'react';
import { SelectField } from '@/components/ui/field.tsx';
import { SubmitButton } from '@/components/ui/submit-button.tsx';
import { useTranslator } from '@/lib/i18n/client.tsx';
import { errorMessageKey } from '@/lib/i18n/translate.ts';
import { linkUnalignedBlockAction } from '../actions.ts';

type Props = {
  blocks: Array<{ id: string; text: string; afterPosition: number | null }>;
  segments: Array<{ id: string; position: number; label: string }>;
};

function LinkForm({ block, segments }: { block: Props['blocks'][number]; segments: Props['segments'] }) {
  const { t } = useTranslator();
  const [result, formAction] = useActionState(
    (_previous: Awaited<ReturnType<typeof linkUnalignedBlockAction>> | null, formData: FormData) => linkUnalignedBlockAction(formData),
    null,
  );
  const nearest = segments.find((segment) => segment.position === block.afterPosition) ?? segments[0];
  return (
    <form action={formAction} className="stack">
      <input type="hidden" name="blockId" value={block.id} />
      <SelectField label={t('importArticle.linkTo')} name="segmentId" defaultValue={nearest?.id}>
        {segments.map((segment) => (
          <option key={segment.id} value={segment.id}>
            {segment.position + 1}. {segment.label}
          </option>
        ))}
      </SelectField>
      <SubmitButton variant="secondary" size="small">
        {t('importArticle.link')}
      </SubmitButton>
      {result && (
        <p role={result.ok ? 'status' : 'alert'} className={result.ok ? undefined : 'form-error'}>
          {result.ok ? t('importArticle.linked') : t(errorMessageKey(result.code))}
        </p>
      )}
    </form>
  );
}

/** Imported Chinese blocks that matched nothing: kept, shown, and linked by hand. */
export function UnalignedBlocks({ blocks, segments }: Props) {
  const { t } = useTranslator();
  if (blocks.length === 0) return null;
  return (
    <section aria-labelledby="unaligned-title" className="stack">
      <h2 id="unaligned-title">{t('importArticle.unalignedTitle')}</h2>
      <p>{t('importArticle.unalignedHint')}</p>
      <ul className="stack">
        {blocks.map((block) => (
          <li key={block.id} className="stack">
            {block.afterPosition !== null && <small>{t('importArticle.afterSegment', { position: block.afterPosition + 1 })}</small>}
            <pre className="segment-source" lang="zh-CN">
              {block.text}
            </pre>
            <LinkForm block={block} segments={segments} />
          </li>
        ))}
      </ul>
    </section>
  );
}
