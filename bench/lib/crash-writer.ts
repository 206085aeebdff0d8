/*
 * A writer process for the crash test: saves translations through the app's own data-access layer
 * (lib/dal, with the connection settings of lib/dal/core/db.ts) as fast as it can, from several
 * concurrent loops, and prints one line per save the DAL acknowledged. It is killed with SIGKILL at
 * a random moment; every line it printed before must then be in the database.
 *
 *   DATABASE_URL=file:... tsx --conditions=react-server tests/security/support/crash-writer.ts TOKEN LOOPS TAG SEGMENT_ID...
 *
 * Output: `ready` once the first save is about to start, then `ack <json {segmentId, version, text}>`.
 */
import { db } from '@/lib/dal/core/db.ts';
import { findViewerByApiToken } from '@/lib/dal/accounts/tokens.ts';
import { saveTranslation } from '@/lib/dal/translating/translations.ts';
import { StaleVersionError } from '@/lib/errors.ts';

const [token, loopsArg, tag, ...segmentIds] = process.argv.slice(2);
if (!token || !loopsArg || !tag || segmentIds.length === 0) throw new Error('usage: crash-writer TOKEN LOOPS TAG SEGMENT_ID...');
const viewer = await findViewerByApiToken(token);
if (!viewer) throw new Error('Unknown API token');

// stdout to a pipe is synchronous on Linux: once write() returns, the parent can read the line.
const say = (line: string) => process.stdout.write(line + '\n');

async function loop(index: number): Promise<void> {
  const segmentId = segmentIds[index % segmentIds.length]!;
  let { version } = await db.translation.findUniqueOrThrow({ where: { segmentId }, select: { version: true } });
  for (let n = 0; ; n++) {
    const text = `${tag} loop ${index} save ${n}: 译文 ${crypto.randomUUID()}`;
    try {
      const saved = await saveTranslation(viewer!, segmentId, { text, version });
      say('ack ' + JSON.stringify({ segmentId, version: saved.version, text: saved.text }));
      version = saved.version;
    } catch (error) {
      // Loops sharing a segment race each other: the loser retries on the winner's version.
      if (error instanceof StaleVersionError) version = error.current.version;
      // The runner lifts the per-user save limit; should one still apply, wait as a client would.
      else if ((error as { status?: number }).status === 429) await new Promise((resolve) => setTimeout(resolve, 1000 * ((error as { retryAfterSeconds?: number }).retryAfterSeconds ?? 1)));
      else throw error;
    }
  }
}

say('ready');
await Promise.all(Array.from({ length: Number(loopsArg) }, (_, index) => loop(index)));
