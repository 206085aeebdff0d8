'use client';

import { asFormAction } from '@/components/form-action.ts';
import { inlineFormClassName, SelectField } from '@/components/ui/field.tsx';
import { SubmitButton } from '@/components/ui/submit-button.tsx';
import type { Assignee } from '@/lib/dal/articles/assignments.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';
import { assignUserAction, unassignUserAction } from '../actions.ts';

export function Assignments({ slug, assigned, available }: { slug: string; assigned: Assignee[]; available: Assignee[] }) {
  const { t } = useTranslator();
  return (
    <section aria-labelledby="assignees-title" className="stack">
      <h2 id="assignees-title">{t('workspace.assignees')}</h2>
      {assigned.length === 0 ? (
        <p>{t('workspace.noAssignees')}</p>
      ) : (
        <ul className="stack">
          {assigned.map((user) => (
            <li key={user.id} className="button-row">
              <span>
                {user.name} ({user.email})
              </span>
              <form action={asFormAction(unassignUserAction)}>
                <input type="hidden" name="slug" value={slug} />
                <input type="hidden" name="userId" value={user.id} />
                <SubmitButton variant="ghost" size="small" aria-label={`${t('workspace.unassign')}: ${user.name}`}>
                  {t('workspace.unassign')}
                </SubmitButton>
              </form>
            </li>
          ))}
        </ul>
      )}
      {available.length > 0 && (
        <form action={asFormAction(assignUserAction)} className={inlineFormClassName}>
          <input type="hidden" name="slug" value={slug} />
          <SelectField label={t('workspace.assignWho')} name="userId">
            {available.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name} ({user.email})
              </option>
            ))}
          </SelectField>
          <SubmitButton variant="secondary">
            {t('workspace.assign')}
          </SubmitButton>
        </form>
      )}
    </section>
  );
}
