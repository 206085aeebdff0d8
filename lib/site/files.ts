import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { siteStateFolder } from './config.ts';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/*
 * Files of the site directory are replaced atomically: written under a temporary name beside their
 * place, then renamed over it, so a reader gets the old file or the new one, never part of one.
 * Every file has precompressed twins (`.gz`, `.br`) that servers send to browsers that accept them.
 */

/** A site path (`articles/x.html`) as a file inside the directory; refuses anything that would leave it. */
export function siteFile(directory: string, sitePath: string): string {
  const file = path.resolve(directory, sitePath);
  if (!file.startsWith(directory + path.sep)) throw new Error(`Not a path inside the site directory: ${sitePath}`);
  return file;
}

async function writeAtomically(file: string, body: Uint8Array | string): Promise<void> {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, body);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Writes a file of the site with its compressed twins (the twins first, so none outlives the file's removal order). */
export async function writeSiteFile(directory: string, sitePath: string, body: string): Promise<void> {
  const file = siteFile(directory, sitePath);
  await mkdir(path.dirname(file), { recursive: true });
  const bytes = Buffer.from(body);
  const [gzipped, brotli] = await Promise.all([
    gzipAsync(bytes, { level: 9 }),
    brotliAsync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: bytes.length > 1_000_000 ? 9 : 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
  ]);
  await writeAtomically(`${file}.gz`, gzipped);
  await writeAtomically(`${file}.br`, brotli);
  await writeAtomically(file, bytes);
}

/** Removes a file of the site: its compressed twins first, so no server finds a twin without the file. */
export async function removeSiteFile(directory: string, sitePath: string): Promise<void> {
  const file = siteFile(directory, sitePath);
  await rm(`${file}.br`, { force: true });
  await rm(`${file}.gz`, { force: true });
  await rm(file, { force: true });
}

/** The site's own record (inside `.duet/`, which no server serves), or null when absent or unreadable. */
export async function readStateFile(directory: string, name: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path.join(directory, siteStateFolder, name), 'utf8'));
  } catch {
    return null;
  }
}

export async function writeStateFile(directory: string, name: string, value: unknown): Promise<void> {
  await mkdir(path.join(directory, siteStateFolder), { recursive: true });
  await writeAtomically(path.join(directory, siteStateFolder, name), JSON.stringify(value));
}
