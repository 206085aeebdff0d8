'use client';

import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui/button.tsx';
import { useTranslator } from '@/lib/i18n/client.tsx';
import { keyLabel, shortcuts } from './shortcuts.ts';
import styles from './help-dialog.module.css';

function isApple(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

/** Every keyboard shortcut, read from the same table the key handler uses. */
export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslator();
  const dialog = useRef<HTMLDialogElement>(null);
  // Known only in the browser; the server renders the Ctrl/Alt labels.
  const [apple, setApple] = useState(false);
  useEffect(() => setApple(isApple()), []);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} className={styles.help} aria-labelledby="shortcuts-title" onClose={onClose}>
      <h2 id="shortcuts-title">{t('editor.shortcutsTitle')}</h2>
      <table>
        <tbody>
          {shortcuts.map((shortcut) => (
            <tr key={shortcut.command}>
              <th scope="row">{t(`editor.shortcut.${shortcut.command}`)}</th>
              <td>
                {shortcut.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && ' + '}
                    <kbd>{keyLabel(key, apple)}</kbd>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('editor.shortcutsNote')}</p>
      <form method="dialog">
        <Button type="submit" autoFocus>
          {t('editor.close')}
        </Button>
      </form>
    </dialog>
  );
}
