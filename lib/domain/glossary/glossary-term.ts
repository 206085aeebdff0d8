export const GLOSSARY_STATUSES = ['preferred', 'forbidden'] as const;
export type GlossaryStatus = (typeof GLOSSARY_STATUSES)[number];

/**
 * What the editor's highlighting and the quality checks need of a term: an English term, a Chinese
 * rendering, and whether that rendering is the one to use or one never to use.
 */
export interface GlossaryEntry {
  source: string;
  target: string;
  status: GlossaryStatus;
}

/** A whole term, as the admin page, the API and the CSV and TBX files carry it. */
export interface GlossaryTermFields extends GlossaryEntry {
  notes: string;
  partOfSpeech: string;
}
