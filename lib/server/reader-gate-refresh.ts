import 'server-only';
import { listPublishedSlugs } from '@/lib/dal/publishing/published-slugs.ts';
import { finishReaderGateLoad, startReaderGateLoad } from './reader-gate.ts';

/** How often each server process reads the published slugs: how soon it follows another instance's publish or unpublish. */
const reloadEveryMs = 1000;
/** How long starting the server waits for the first load before letting readers through unchecked. */
const firstLoadWaitMs = 1000;

const loopKey = Symbol.for('duet.readerGateLoop');

/** Reads the published slugs into the reader gate (lib/server/reader-gate.ts). */
export async function reloadReaderGate(): Promise<void> {
  const load = startReaderGateLoad();
  finishReaderGateLoad(load, await listPublishedSlugs());
}

let failing = false;
let reloading = false;

async function reloadAndReport(): Promise<void> {
  // A slow database gets one read at a time, not a queue of them.
  if (reloading) return;
  reloading = true;
  try {
    await reloadReaderGate();
    if (failing) console.info('Reader gate: the published articles are read again');
    failing = false;
  } catch (error) {
    // Logged once per outage; the gate keeps the last list it read.
    if (!failing) console.error('Reader gate: cannot read the published articles:', error);
    failing = true;
  } finally {
    reloading = false;
  }
}

/**
 * At server start (instrumentation.ts): loads the gate, waiting up to a second for it, then reloads it
 * every second, so that several instances on one database follow each other's publishes and
 * unpublishes. Once per process, however often it is called.
 */
export async function keepReaderGateLoaded(): Promise<void> {
  const global = globalThis as { [loopKey]?: true };
  if (global[loopKey]) return;
  global[loopKey] = true;
  setInterval(() => void reloadAndReport(), reloadEveryMs).unref();
  await Promise.race([reloadAndReport(), new Promise((resolve) => setTimeout(resolve, firstLoadWaitMs).unref())]);
}
