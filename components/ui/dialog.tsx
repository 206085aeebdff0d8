'use client';

/**
 * A modal on the native <dialog>: the browser traps focus, closes on Escape, makes the page behind it
 * inert and returns focus to the opener.
 *
 * `ConfirmDialog` asks before an action that is hard to undo. Three ways to use it:
 *
 *   // 1. Around a callback; `trigger` renders the opener.
 *   <ConfirmDialog
 *     title={t('memory.glossary.deleteTitle')}
 *     body={t('memory.glossary.confirmDelete', { term })}
 *     confirmLabel={t('memory.glossary.delete')}
 *     tone="danger"
 *     onConfirm={() => startTransition(() => deleteAction(...))}
 *     trigger={(open) => <Button variant="danger" onClick={open}>{t('memory.glossary.delete')}</Button>}
 *   />
 *
 *   // 2. Inside a <form action={...}>, without onConfirm: the confirm button submits the enclosing form
 *   //    (with its hidden inputs); `confirmName`/`confirmValue` name the submitter like any submit button.
 *   <form action={archiveAction}>
 *     <input type="hidden" name="slug" value={slug} />
 *     <ConfirmDialog title={...} body={...} confirmLabel={...} tone="danger"
 *       trigger={(open) => <Button variant="secondary" onClick={open}>{...}</Button>} />
 *   </form>
 *
 *   // 3. Controlled, e.g. to confirm a change of a <select>: pass `open` and `onOpenChange` instead of
 *   //    `trigger`; `onCancel` runs when the user backs out (Cancel, Escape), to undo the pending change.
 *
 * Cancel gets the focus when the dialog opens, so Enter never confirms a dangerous action by accident.
 */

import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useTranslator } from '@/lib/i18n/client.tsx';
import { Button } from './button.tsx';
import styles from './dialog.module.css';

export type DialogProps = {
  open: boolean;
  /** Called when the dialog closes by itself (Escape) or by a button that closes it. */
  onClose: () => void;
  title: ReactNode;
  /** Linked as the dialog's description (aria-describedby). */
  description?: ReactNode;
  children?: ReactNode;
  /** The buttons, right-aligned under the content. */
  actions?: ReactNode;
  /** Element to focus on open; the browser's default (first focusable) otherwise. */
  initialFocus?: RefObject<HTMLElement | null>;
};

export function Dialog({ open, onClose, title, description, children, actions, initialFocus }: DialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      initialFocus?.current?.focus();
    }
    if (!open && element.open) element.close();
  }, [open, initialFocus]);
  return (
    <dialog
      ref={dialog}
      className={styles.dialog}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClose={() => {
        if (open) onClose();
      }}
    >
      <h2 id={titleId} className={styles.title}>
        {title}
      </h2>
      {description && (
        <div id={descriptionId} className={styles.body}>
          {description}
        </div>
      )}
      {children}
      {actions && <div className={styles.actions}>{actions}</div>}
    </dialog>
  );
}

export type ConfirmDialogProps = {
  title: ReactNode;
  body?: ReactNode;
  confirmLabel: ReactNode;
  /** Defaults to the interface's "Cancel". */
  cancelLabel?: ReactNode;
  /** `danger` for deleting, archiving, demoting and the like. */
  tone?: 'primary' | 'danger';
  /** Runs after the dialog closes. Leave it out to submit the enclosing form instead. */
  onConfirm?: () => void;
  onCancel?: () => void;
  /** Name and value of the submitting button, for form mode. */
  confirmName?: string;
  confirmValue?: string;
  /** Renders the opener; gets the function that opens the dialog. */
  trigger?: (open: () => void) => ReactNode;
  /** Controlled mode (instead of `trigger`). */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
};

export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  cancelLabel,
  tone = 'primary',
  onConfirm,
  onCancel,
  confirmName,
  confirmValue,
  trigger,
  open: controlledOpen,
  onOpenChange,
}: ConfirmDialogProps) {
  const { t } = useTranslator();
  const [uncontrolledOpen, setUncontrolledOpen] = useState(false);
  const open = controlledOpen ?? uncontrolledOpen;
  const cancelButton = useRef<HTMLButtonElement>(null);
  const setOpen = (next: boolean) => {
    setUncontrolledOpen(next);
    onOpenChange?.(next);
  };
  const cancel = () => {
    setOpen(false);
    onCancel?.();
  };
  return (
    <>
      {trigger?.(() => setOpen(true))}
      <Dialog
        open={open}
        onClose={cancel}
        title={title}
        description={body}
        initialFocus={cancelButton}
        actions={
          <>
            <Button ref={cancelButton} variant="secondary" onClick={cancel}>
              {cancelLabel ?? t('common.cancel')}
            </Button>
            {onConfirm ? (
              <Button
                variant={tone}
                onClick={() => {
                  setOpen(false);
                  onConfirm();
                }}
              >
                {confirmLabel}
              </Button>
            ) : (
              // Submits the form this dialog sits in; closing first lets the page re-render underneath.
              <Button type="submit" variant={tone} name={confirmName} value={confirmValue} onClick={() => setOpen(false)}>
                {confirmLabel}
              </Button>
            )}
          </>
        }
      />
    </>
  );
}
