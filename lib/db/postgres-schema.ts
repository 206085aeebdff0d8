/**
 * Derives the PostgreSQL schema from the canonical SQLite one. The models are shared verbatim; only
 * the datasource provider and the generated client's folder differ. Anything else that would need to
 * differ between providers does not belong in the canonical models.
 */
export function derivePostgresSchema(canonical: string): string {
  const provider = /(datasource\s+db\s*\{[^}]*provider\s*=\s*)"sqlite"/;
  const output = /(generator\s+client\s*\{[^}]*output\s*=\s*)"\.\/generated\/sqlite"/;
  if (!provider.test(canonical) || !output.test(canonical)) {
    throw new Error('prisma/schema.prisma must use provider "sqlite" and output "./generated/sqlite"');
  }
  const body = canonical
    .replace(provider, '$1"postgresql"')
    .replace(output, '$1"../generated/postgres"')
    .replace(/^\/\/ Canonical data model\.[^\n]*\n(\/\/[^\n]*\n)*/, '');
  return `// Generated from prisma/schema.prisma by \`npm run db:schema\`. Do not edit.\n${body}`;
}
