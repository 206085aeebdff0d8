/**
 * Words as the memory compares them: runs of letters, digits and underscores, joined across an inner
 * dot, apostrophe or hyphen (`3.8`, `don't`, `fine-tuning`), lower-cased. Markdown syntax and
 * punctuation are not words, so `**small**` and `small` compare equal.
 */
const WORD = /[\p{L}\p{N}_]+(?:[.'’-][\p{L}\p{N}_]+)*/gu;

export function wordTokens(text: string): string[] {
  return Array.from(text.matchAll(WORD), (match) => match[0].toLowerCase());
}

/*
 * The commonest English function words are left out of the index: they are in nearly every entry, so
 * they never narrow a lookup. They still count in the score.
 */
const STOPWORDS = new Set(
  `a an the and or but nor so of to in on at by for from with without into onto over under about as than
  then that this these those there here it its it's is are was were be been being am do does did done
  have has had having not no yes we you he she they i me my our your his her their them us him who whom
  which what when where why how all any each some such can could will would shall should may might must
  if else also just only very too more most other same own both few`.split(/\s+/),
);

/** Longer words (a URL, a hash) are cut: their first 40 characters identify them well enough. */
const MAX_WORD_LENGTH = 40;

/**
 * The keys a source is indexed under: each pair of neighbouring content words ("attention head"),
 * or the one content word of a text that has only one. A pair is far rarer than either word, so a
 * lookup reads short posting lists; and one edited word breaks at most two pairs (see lookup-plan.ts).
 */
export function indexKeys(words: readonly string[]): string[] {
  const content = words.filter((word) => !STOPWORDS.has(word)).map((word) => word.slice(0, MAX_WORD_LENGTH));
  if (content.length === 1) return content;
  const keys = new Set<string>();
  for (let index = 1; index < content.length; index++) keys.add(`${content[index - 1]} ${content[index]}`);
  return [...keys];
}
