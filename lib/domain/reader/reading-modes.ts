/** The four ways to read a pair, as named in URLs (`?mode=`) and stored as the reader's preference. */
export const readingModes = ['side', 'interleaved', 'zh', 'en'] as const;
export type ReadingMode = (typeof readingModes)[number];
export const defaultReadingMode: ReadingMode = 'side';
export const readingModeStorageKey = 'duet-reading-mode';

export function isReadingMode(value: unknown): value is ReadingMode {
  return typeof value === 'string' && (readingModes as readonly string[]).includes(value);
}
