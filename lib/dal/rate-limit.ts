import 'server-only';
import { db } from './db.ts';

/*
 * A sliding-window counter kept in the database, so every app instance sees the same counts.
 */

export async function countRecentHits(key: string, windowSeconds: number): Promise<number> {
  const since = new Date(Date.now() - windowSeconds * 1000);
  return db.rateLimitHit.count({ where: { key, createdAt: { gte: since } } });
}

export async function recordHit(key: string): Promise<void> {
  await db.rateLimitHit.create({ data: { key }, select: { id: true } });
}

export async function clearHits(key: string): Promise<void> {
  await db.rateLimitHit.deleteMany({ where: { key } });
}

/** Seconds until the oldest hit in the window leaves it. */
export async function secondsUntilWindowFrees(key: string, windowSeconds: number): Promise<number> {
  const since = new Date(Date.now() - windowSeconds * 1000);
  const oldest = await db.rateLimitHit.findFirst({
    where: { key, createdAt: { gte: since } },
    orderBy: { createdAt: 'asc' },
    select: { createdAt: true },
  });
  if (!oldest) return 0;
  return Math.max(1, Math.ceil((oldest.createdAt.getTime() + windowSeconds * 1000 - Date.now()) / 1000));
}
