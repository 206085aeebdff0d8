'use client';

import { useId, useState } from 'react';
import { decodeMarkdownFile } from '@/lib/domain/markdown-file.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';

/** A Markdown text area that a file can fill; the file is checked (size, binary, UTF-8) in the browser. */
export function MarkdownInput({ name, label, required, error }: { name: string; label: string; required?: boolean; error?: string[] | undefined }) {
  const { t } = useTranslator();
  const id = useId();
  const [text, setText] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const problem = fileError ?? error?.join(' ');
  return (
    <div className="stack">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        name={name}
        rows={10}
        required={required}
        value={text}
        onChange={(event) => setText(event.target.value)}
        spellCheck={false}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error` : undefined}
        className="markdown-input"
      />
      <label>
        {t('importArticle.file')}{' '}
        <input
          type="file"
          accept=".md,.markdown,.txt,text/markdown,text/plain"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            if (!file) return;
            try {
              setText(decodeMarkdownFile(new Uint8Array(await file.arrayBuffer()), file.name));
              setFileError(null);
            } catch (decodeError) {
              setFileError((decodeError as Error).message);
            }
          }}
        />
      </label>
      {problem && (
        <p id={`${id}-error`} role="alert" className="form-error">
          {problem}
        </p>
      )}
    </div>
  );
}
