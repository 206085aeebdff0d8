import { diffWords } from '@/lib/domain/markdown/word-diff.ts';

/** Old → new text as one run of words: removed words struck through, added ones underlined. */
export function WordDiff({ previous, next, label }: { previous: string; next: string; label: string }) {
  return (
    <p className="word-diff" aria-label={label}>
      {diffWords(previous, next).map((part, index) =>
        part.kind === 'added' ? (
          <ins key={index}>{part.text}</ins>
        ) : part.kind === 'removed' ? (
          <del key={index}>{part.text}</del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}
