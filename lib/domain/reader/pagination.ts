export const articlesPerPage = 10;

export type Page<T> = { items: T[]; page: number; pageCount: number };

/** One page of `items` (pages count from 1), or null when the page does not exist; page 1 always does. */
export function paginate<T>(items: readonly T[], page: number, perPage = articlesPerPage): Page<T> | null {
  const pageCount = Math.max(1, Math.ceil(items.length / perPage));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return null;
  return { items: items.slice((page - 1) * perPage, page * perPage), page, pageCount };
}

/** A page number from a URL segment: digits only, no leading zero. */
export function parsePageNumber(value: string | undefined): number | null {
  return value && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null;
}
