import { useId, type ComponentProps, type ReactNode } from 'react';
import styles from './field.module.css';
import { Input } from './input.tsx';
import { Select } from './select.tsx';

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
  children: (control: ControlProps) => ReactNode;
};

export function Field({ label, hint, error, children }: FieldProps) {
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
        <p id={errorId} className={styles.error}>
          {errorText}
        </p>
      )}
    </div>
  );
}

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
