import { readFile } from 'node:fs/promises';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { importXliff } from '@/lib/dal/translating/xliff-import.ts';
import type { Flags } from './commands.ts';
import { UsageError } from './usage-error.ts';

/** `import-xliff SLUG FILE [--dry-run]`: prints `{ applied, unchanged, conflicts, refused }`. */
export async function runImportXliff(positionals: string[], flags: Flags): Promise<void> {
  const [slug, file] = positionals;
  if (!slug || !file) throw new UsageError('Usage: import-xliff SLUG FILE [--dry-run]');
  let xml: string;
  try {
    xml = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `No such file: ${file}` : `Cannot read ${file}: ${code ?? 'unknown error'}`);
  }
  console.log(JSON.stringify(await importXliff(systemViewer, slug, xml, { dryRun: flags['dry-run'] === '1' }), null, 2));
}
