import 'server-only';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Finding } from '@/lib/domain/checks/finding.ts';

type Pending = { resolve: (findings: Finding[]) => void; reject: (error: Error) => void };
type Reply = { id: number; findings?: Finding[]; error?: string };

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, Pending>();

/*
 * The quality checks take up to a second on two texts of 50,000 characters, all of it synchronous:
 * run on the server's main thread, a few such requests at once stall every other request. They run
 * in one worker thread instead, which takes them in order while the main thread goes on serving.
 */
function checksWorker(): Worker {
  if (worker) return worker;
  const created = startWorker();
  created.on('message', ({ id, findings, error }: Reply) => {
    const request = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) created.unref();
    if (error !== undefined || !findings) request?.reject(new Error(`Quality checks failed: ${error}`));
    else request?.resolve(findings);
  });
  // A worker that dies takes its queue with it; the next request starts a new one.
  const fail = (error: Error) => {
    if (worker === created) worker = null;
    for (const request of pending.values()) request.reject(error);
    pending.clear();
  };
  created.on('error', fail);
  created.on('exit', (code) => fail(new Error(`The quality checks worker stopped (exit code ${code})`)));
  worker = created;
  return created;
}

/**
 * In the Next.js server the worker is bundled: Turbopack compiles the entry this `new URL` names into
 * its own file. Elsewhere (vitest, tsx scripts and benchmarks) the entry is the TypeScript source,
 * which the thread loads through tsx as they do.
 */
function startWorker(): Worker {
  if (process.env.NEXT_RUNTIME) return new Worker(new URL('./checks-worker.ts', import.meta.url));
  const source = pathToFileURL(path.join(import.meta.dirname, 'checks-worker.ts')).href;
  return new Worker(`import('tsx/esm/api').then((tsx) => tsx.tsImport(${JSON.stringify(source)}, ${JSON.stringify(source)}))`, { eval: true });
}

/** The findings of `runChecks` for one English text and its translation, computed off the main thread. */
export function runChecksOffThread(texts: { source: string; target: string }): Promise<Finding[]> {
  const thread = checksWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    // Referenced while it has work: the process does not exit before the answer arrives.
    thread.ref();
    thread.postMessage({ id, ...texts });
  });
}
