import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const SCHEMAS = path.resolve(import.meta.dirname, '../../../fixtures/xliff/schemas');

export const XLIFF_SCHEMAS = {
  '2.0': path.join(SCHEMAS, 'xliff_core_2.0.xsd'),
  '1.2': path.join(SCHEMAS, 'xliff-core-1.2-strict.xsd'),
} as const;

/** xmllint comes from Debian's libxml2-utils; without it schema tests skip and say so. */
export const canValidateXliff =
  spawnSync('xmllint', ['--version'], { encoding: 'utf8' }).status === 0 && Object.values(XLIFF_SCHEMAS).every(existsSync);

export const SKIP_REASON = 'xmllint or the XLIFF schemas are missing (apt-get install libxml2-utils)';

/** Validates offline: the catalog points the URL of xml.xsd that XLIFF 1.2 imports at the local copy. */
export function validateXliff(xml: string, version: keyof typeof XLIFF_SCHEMAS): { valid: boolean; messages: string } {
  const result = spawnSync('xmllint', ['--nonet', '--noout', '--schema', XLIFF_SCHEMAS[version], '-'], {
    input: xml,
    encoding: 'utf8',
    env: { ...process.env, XML_CATALOG_FILES: path.join(SCHEMAS, 'catalog.xml') },
  });
  return { valid: result.status === 0, messages: result.stderr };
}
