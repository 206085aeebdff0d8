import path from 'node:path';
import { env } from '../env.ts';

/** The reading site's directory (DUET_SITE_DIR, default data/site), absolute. */
export function siteDirectory(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.DUET_SITE_DIR);
}

/** Inside the site directory, never served: the manifest of what was built and the writers' lock. */
export const siteStateFolder = '.duet';
