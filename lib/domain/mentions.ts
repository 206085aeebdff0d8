/*
 * `@name` mentions in a comment. A name is an e-mail address (`@mei@example.org`) or a run of
 * letters, digits and `._-` in any script (`@mei`, `@小明`). Code spans and URLs are skipped, so
 * `` `@Override` `` and `https://example.org/@mei` mention no one.
 */

const codeSpan = /(`+)[\s\S]*?[^`]\1(?!`)/g;
const url = /\b(?:[a-z][a-z\d+.-]*:\/\/|www\.)[^\s<>()]*/giu;

// Chinese and Japanese are written without spaces, so `请@小明` still mentions 小明; after a Latin
// letter or digit the `@` belongs to an e-mail address written in the text (`mei@example.org`).
const spacelessScript = String.raw`[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]`;
const partOfWord = String.raw`(?!${spacelessScript})[\p{L}\p{M}\p{N}._%+\-@]`;
const email = String.raw`[A-Za-z\d._%+-]+@[A-Za-z\d-]+(?:\.[A-Za-z\d-]+)+`;
const name = String.raw`[\p{L}\p{M}\p{N}._-]+`;
const mention = new RegExp(String.raw`(?<!${partOfWord})@(${email}|${name})`, 'gu');

/** The names mentioned in `body`, in order of first mention; e-mail addresses are lower-cased. */
export function findMentions(body: string): string[] {
  const prose = body.replace(codeSpan, ' ').replace(url, ' ');
  const found = new Set<string>();
  for (const match of prose.matchAll(mention)) {
    const raw = match[1] ?? '';
    // A sentence may end right after a name: `thanks @mei.`
    const trimmed = raw.includes('@') ? raw.toLowerCase() : raw.replace(/[.]+$/u, '');
    if (trimmed) found.add(trimmed);
  }
  return [...found];
}
