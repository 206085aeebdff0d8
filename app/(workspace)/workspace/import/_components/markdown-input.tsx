'use client';

import { useState } from 'react';
import { Field } from '@/components/ui/field.tsx';
import { Input } from '@/components/ui/input.tsx';
import { Textarea } from '@/components/ui/textarea.tsx';
import { decodeMarkdownFile } from '@/lib/domain/markdown-file.ts';
import { useTranslator } from '@/lib/i18n/client.tsx';

/**
 * A Markdown text area that a file can fill; the file is checked (size, binary, UTF-8) in the browser.
 * A form submits a text area's line breaks as CRLF, so the exact text (the file's bytes as they are,
 * or what was typed or pasted, with LF line breaks) is reported through `onText` for the form to send.
 */
export function MarkdownInput({
  name,
  label,
  required,
  error,
  onText,
}: {
  name: string;
  label: string;
  required?: boolean;
  error?: string[] | undefined;
  onText: (name: string, text: string) => void;
}) {
  const { t } = useTranslator();
  const [text, setText] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  return (
    <div>
      <Field label={label} error={error} announceError>
        {(control) => (
          <Textarea
            {...control}
            name={name}
            rows={10}
            required={required}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              onText(name, event.target.value);
            }}
            spellCheck={false}
            monospace
          />
        )}
      </Field>
      <Field label={t('importArticle.file')} error={fileError ?? undefined} announceError>
        {(control) => (
          <Input
            {...control}
            type="file"
            accept=".md,.markdown,.txt,text/markdown,text/plain"
            onChange={async (event) => {
              const file = event.target.files?.[0];
              if (!file) return;
              try {
                const decoded = decodeMarkdownFile(new Uint8Array(await file.arrayBuffer()), file.name);
                setText(decoded);
                onText(name, decoded);
                setFileError(null);
              } catch (decodeError) {
                setFileError((decodeError as Error).message);
              }
            }}
          />
        )}
      </Field>
    </div>
  );
}
