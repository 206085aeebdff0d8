/**
 * Canonical and language-alternate links. They are absolute when DUET_PUBLIC_URL is set; otherwise
 * relative (valid in HTML), because a cached page must not take its host from one reader's request.
 * React places these <link> elements in <head>.
 */
export function PageLinks({ origin, path, languages }: { origin: string | null; path: string; languages?: Record<string, string> }) {
  const absolute = (target: string) => `${origin ?? ''}${target}`;
  return (
    <>
      <link rel="canonical" href={absolute(path)} />
      {languages &&
        Object.entries(languages).map(([language, target]) => <link key={language} rel="alternate" hrefLang={language} href={absolute(target)} />)}
    </>
  );
}
