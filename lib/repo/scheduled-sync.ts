import 'server-only';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { claimRepositoriesDueForSync } from '@/lib/dal/repositories/repositories.ts';
import { syncRepository } from './sync.ts';

const checkEveryMs = 60_000;
const loopKey = Symbol.for('duet.repositorySchedule');

/** Syncs each repository whose interval has passed; every outcome is kept for the admin page. */
export async function runDueRepositorySyncs(): Promise<void> {
  for (const name of await claimRepositoriesDueForSync(systemViewer)) {
    try {
      const report = await syncRepository(systemViewer, name);
      console.info(`Repository ${name}: imported ${report.imported}, updated ${report.updated}, unchanged ${report.unchanged}, failed ${report.failed.length}`);
    } catch (error) {
      // Already scrubbed of credentials and kept as the repository's last sync.
      console.error(`Repository ${name}: the scheduled sync failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** At server start (instrumentation.ts): checks once a minute for repositories due a periodic sync. Once per process. */
export function scheduleRepositorySyncs(): void {
  const global = globalThis as { [loopKey]?: true };
  if (global[loopKey]) return;
  global[loopKey] = true;
  const tick = async () => {
    try {
      await runDueRepositorySyncs();
    } catch (error) {
      console.error('Repositories: cannot check the sync schedule:', error);
    }
    setTimeout(() => void tick(), checkEveryMs).unref();
  };
  setTimeout(() => void tick(), checkEveryMs).unref();
}
