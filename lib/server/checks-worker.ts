import { parentPort } from 'node:worker_threads';
import { runChecks } from '@/lib/domain/checks/run-checks.ts';

/*
 * The worker thread of lib/server/run-checks-off-thread.ts: runs the quality checks on each pair of
 * texts it is sent, in order, and posts the findings back under the request's id.
 */
parentPort?.on('message', ({ id, source, target }: { id: number; source: string; target: string }) => {
  try {
    parentPort?.postMessage({ id, findings: runChecks({ source, target }) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
