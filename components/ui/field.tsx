import { useId, type ComponentProps, type ReactNode } from 'react';
import styles from './field.module.css';
import { Input } from './input.tsx';
import { Select } from './select.tsx';
import { Textarea } from './textarea.tsx';

/** What a form control needs so its label, hint and error are announced with it. */
export type ControlProps = {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
};

export type FieldProps = {
  label: ReactNode;
  hint?: ReactNode;
  /** An ActionResult's `fieldErrors[name]` can be passed as is. */
  error?: string | readonly string[] | undefined;
  /** Announces the error as it appears (role=alert), for errors found in the browser without a page load. */
  announceError?: boolean;
  children: (control: ControlProps) => ReactNode;
};

export function Field({ label, hint, error, announceError = false, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorText = typeof error === 'string' ? error : error?.join(' ');
  const errorId = errorText ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {hint && (
        <span id={hintId} className={styles.hint}>
          {hint}
        </span>
      )}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': errorText ? true : undefined })}
      {errorText && (
        <p id={errorId} className={styles.error} role={announceError ? 'alert' : undefined}>
          {errorText}
        </p>
      )}
    </div>
  );
}

/** For a `<form>` that lays out a few fields and a button in a row (filters, "assign", "compare"). */
export const inlineFormClassName = styles.inline;

type LabelledProps = Omit<FieldProps, 'children'>;

export function TextField({ label, hint, error, ...input }: LabelledProps & Omit<ComponentProps<'input'>, 'id'>) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <Input {...input} {...control} />}
    </Field>
  );
}

export function SelectField({
  label,
  hint,
  error,
  ...select
}: LabelledProps & Omit<ComponentProps<'select'>, 'id'>) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <Select {...select} {...control} />}
    </Field>
  );
}

export function TextareaField({
  label,
  hint,
  error,
  ...textarea
}: LabelledProps & Omit<ComponentProps<typeof Textarea>, 'id'>) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <Textarea {...textarea} {...control} />}
    </Field>
  );
}

/** A checkbox with its label beside it; the hint sits under the label and is announced with the box. */
export function CheckboxField({ label, hint, ...input }: { label: ReactNode; hint?: ReactNode } & Omit<ComponentProps<'input'>, 'id' | 'type'>) {
  const id = useId();
  return (
    <div className={styles.checkbox}>
      <input {...input} type="checkbox" id={id} aria-describedby={hint ? `${id}-hint` : undefined} />
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {hint && (
        <span id={`${id}-hint`} className={styles.hint}>
          {hint}
        </span>
      )}
    </div>
  );
}
