import { syncSite } from './sync.ts';

/** How often each process compares its site directory with the database: how soon it follows another instance's publish. */
const pollEveryMs = 1000;
const loopKey = Symbol.for('duet.siteFollower');

let failing = false;

async function syncAndReport(): Promise<void> {
  try {
    const report = await syncSite();
    if (failing) console.info('Reading site: the files follow the database again');
    failing = false;
    if (report.built.length > 0 || report.removed.length > 0) {
      console.info(`Reading site: built ${report.built.length} and removed ${report.removed.length} article(s) in ${report.milliseconds} ms`);
    }
  } catch (error) {
    // Logged once per outage; the files stay as they were until a sync succeeds.
    if (!failing) console.error('Reading site: cannot bring the files up to date:', error);
    failing = true;
  }
}

/**
 * At server start (instrumentation.ts): brings the site directory up to date with the database (after
 * a crash, a restore or a new version of Duet), then checks again every second, so that several
 * instances on one PostgreSQL database serve each other's publishes and unpublishes. A check that
 * finds nothing changed costs one small query. Once per process, however often it is called.
 */
export async function followPublications(): Promise<void> {
  const global = globalThis as { [loopKey]?: true };
  if (global[loopKey]) return;
  global[loopKey] = true;
  await syncAndReport();
  const poll = async () => {
    await syncAndReport();
    setTimeout(() => void poll(), pollEveryMs).unref();
  };
  setTimeout(() => void poll(), pollEveryMs).unref();
}
