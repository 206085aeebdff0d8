/** Runs once when the server starts (Next.js calls it before serving any request). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { keepRedirectsAndErrorsOutOfCaches } = await import('@/lib/server/error-cache-control.ts');
  keepRedirectsAndErrorsOutOfCaches();
  // Not while `next build` prerenders: the database is the running server's.
  if (process.env.NEXT_PHASE !== 'phase-production-build') {
    const { followPublications } = await import('@/lib/site/follow.ts');
    await followPublications();
    const { scheduleRepositorySyncs } = await import('@/lib/repo/scheduled-sync.ts');
    scheduleRepositorySyncs();
  }
  const { env } = await import('@/lib/env.ts');
  if (env.DUET_TRUST_PROXY) return;
  const { pinClientAddressToConnection } = await import('@/lib/server/connection-address.ts');
  pinClientAddressToConnection();
}
