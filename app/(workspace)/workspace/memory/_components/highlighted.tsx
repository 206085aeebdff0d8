/** The text with every occurrence of `query` (ignoring letter case) marked. */
export function Highlighted({ text, query }: { text: string; query: string }) {
  const needle = query.toLocaleLowerCase();
  const haystack = text.toLocaleLowerCase();
  // Lower-casing can change a string's length (rare letters such as İ); then nothing is marked.
  if (needle === '' || haystack.length !== text.length) return <>{text}</>;
  const parts = [];
  let from = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, from)) {
    parts.push(text.slice(from, at), <mark key={at}>{text.slice(at, at + needle.length)}</mark>);
    from = at + needle.length;
  }
  parts.push(text.slice(from));
  return <>{parts}</>;
}
