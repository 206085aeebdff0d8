'use client';

import { useActionState } from 'react';
import type { ActionResult } from '@/lib/actions/action-result.ts';
import { errorMessageKey, type MessageKey, type Translator } from '@/lib/i18n/translate.ts';

type State<T> = { result: ActionResult<T>; formData: FormData };

/**
 * A form's Server Action with what the form needs around it. React resets a form once its action
 * ends; after a failure `kept(name)` gives the field's value as typed, for its `defaultValue`, so
 * nothing typed is lost (the values stay in the browser: they never come back from the server).
 * `check` may refuse before any round trip (e.g. two passwords that differ).
 */
export function useFormAction<T>(
  action: (formData: FormData) => Promise<ActionResult<T>>,
  check?: (formData: FormData) => ActionResult<T> | null,
) {
  const [state, formAction] = useActionState(
    async (_previous: State<T> | null, formData: FormData): Promise<State<T>> => ({ result: check?.(formData) ?? (await action(formData)), formData }),
    null,
  );
  const failed = state !== null && !state.result.ok;
  return {
    result: state?.result ?? null,
    formAction,
    kept: (name: string): string | undefined => {
      const value = failed ? state.formData.get(name) : null;
      return typeof value === 'string' ? value : undefined;
    },
  };
}

/**
 * A failed result in the interface language: the message to show above the form, and the messages
 * per field. "Exists already" names the field (`fieldNames` maps it to the form's own field name);
 * validation keeps the server's per-field details.
 */
export function formErrors(
  result: ActionResult<unknown> | null,
  t: Translator,
  fieldNames: Partial<Record<string, string>> = {},
): { message: string | null; fieldErrors: Record<string, string[]> } {
  if (!result || result.ok) return { message: null, fieldErrors: {} };
  if (result.code === 'duplicate') {
    const [field] = Object.keys(result.fieldErrors);
    if (!field) return { message: t('errors.duplicate'), fieldErrors: {} };
    return { message: t('errors.validation'), fieldErrors: { [fieldNames[field] ?? field]: [t(`errors.duplicates.${field}` as MessageKey)] } };
  }
  return { message: t(errorMessageKey(result.code)), fieldErrors: result.fieldErrors };
}
