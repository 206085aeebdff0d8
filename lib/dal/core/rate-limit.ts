import 'server-only';
import { env } from '@/lib/env.ts';
import { RateLimitedError } from '@/lib/errors.ts';
import { db } from './db.ts';
import type { Viewer } from './viewer-types.ts';

/*
 * A sliding-window counter kept in the database, so every app instance sees the same counts.
 */

export async function clearHits(key: string): Promise<void> {
  await db.rateLimitHit.deleteMany({ where: { key } });
}

/** Gives back attempts taken by `reserveInWindow` that turned out not to count (a sign-in that succeeded). */
export async function releaseHits(ids: string[]): Promise<void> {
  if (ids.length > 0) await db.rateLimitHit.deleteMany({ where: { id: { in: ids } } });
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

/*
 * Abuse limits on what signed-in people and API tokens do. The operator at the command line
 * (the system viewer) is never limited. Defaults and variables: lib/env.ts.
 */

/** The limits in force; read from the environment once, and changeable by tests. */
export const rateLimits = {
  savesPerMinute: env.DUET_SAVE_RATE_PER_MINUTE,
  saveBurst: env.DUET_SAVE_BURST,
  importsPerHour: env.DUET_IMPORT_RATE_PER_HOUR,
  exportsPerHour: env.DUET_EXPORT_RATE_PER_HOUR,
  checksPerMinute: env.DUET_CHECK_RATE_PER_MINUTE,
};

const hour = 3600;

/**
 * Counts one attempt against a sliding window shared by every app instance and returns its id, or
 * null when `limit` attempts are already in it. The attempt is recorded first and counted with the
 * others, so simultaneous requests cannot all slip under the limit (of any number of them, at most
 * `limit` see a count within it); a refused attempt is removed again and does not push the window
 * further out.
 */
export async function reserveInWindow(key: string, limit: number, windowSeconds: number): Promise<string | null> {
  const since = new Date(Date.now() - windowSeconds * 1000);
  const hit = await db.rateLimitHit.create({ data: { key }, select: { id: true } });
  const count = await db.rateLimitHit.count({ where: { key, createdAt: { gte: since } } });
  if (count <= limit) {
    // Hits that left the window are of no further use; dropping them keeps the table small.
    if (count === 1) await db.rateLimitHit.deleteMany({ where: { key, createdAt: { lt: since } } });
    return hit.id;
  }
  await db.rateLimitHit.deleteMany({ where: { id: hit.id } });
  return null;
}

/** `reserveInWindow`, throwing RateLimitedError when the window is full. */
export async function takeFromWindow(key: string, limit: number, windowSeconds: number): Promise<void> {
  if ((await reserveInWindow(key, limit, windowSeconds)) === null) {
    throw new RateLimitedError(await secondsUntilWindowFrees(key, windowSeconds));
  }
}

/** Quality checks through the API (up to a second of work each): per user, per minute, across instances. */
export async function limitChecks(viewer: Viewer): Promise<void> {
  if (viewer.kind !== 'user') return;
  await takeFromWindow(`checks:${viewer.id}`, rateLimits.checksPerMinute, 60);
}

type Lane = { tail: Promise<void>; queued: number };
const lanes = new Map<string, Lane>();

/**
 * Runs `task` once every earlier task for `key` in this process has finished, or throws
 * RateLimitedError when `maxQueued` are already waiting or running. Sign-in puts each account's
 * password checks in one lane: a burst against one account costs one scrypt at a time, and the
 * requests past the queue cost nothing.
 */
export async function oneAtATime<T>(key: string, maxQueued: number, task: () => Promise<T>): Promise<T> {
  const lane = lanes.get(key) ?? { tail: Promise.resolve(), queued: 0 };
  if (lane.queued >= maxQueued) throw new RateLimitedError(1);
  lanes.set(key, lane);
  lane.queued += 1;
  const previous = lane.tail;
  let finish!: () => void;
  lane.tail = new Promise<void>((resolve) => (finish = resolve));
  try {
    await previous;
    return await task();
  } finally {
    lane.queued -= 1;
    if (lane.queued === 0) lanes.delete(key);
    finish();
  }
}

/** Imports of articles and of new source versions: per user, per hour, across instances. */
export async function limitImports(viewer: Viewer): Promise<void> {
  if (viewer.kind !== 'user') return;
  await takeFromWindow(`import:${viewer.id}`, rateLimits.importsPerHour, hour);
}

/** Import previews parse as much as imports do; they get their own window of the same size. */
export async function limitImportPreviews(viewer: Viewer): Promise<void> {
  if (viewer.kind !== 'user') return;
  await takeFromWindow(`import-preview:${viewer.id}`, rateLimits.importsPerHour, hour);
}

/** Exports: per user, per hour, across instances. */
export async function limitExports(viewer: Viewer): Promise<void> {
  if (viewer.kind !== 'user') return;
  await takeFromWindow(`export:${viewer.id}`, rateLimits.exportsPerHour, hour);
}

type Bucket = { tokens: number; at: number };

/**
 * Saves are too frequent to cost a database round trip each, so they take from a token bucket in
 * this process's memory: one per user, holding up to `saveBurst` tokens and refilled at
 * `savesPerMinute`. The limit is therefore per app instance (N instances allow up to N times it).
 */
export const saveLimiter = {
  buckets: new Map<string, Bucket>(),
  /** The clock, in milliseconds; tests replace it to move time on without waiting. */
  now: () => performance.now(),

  take(userId: string): void {
    const now = this.now();
    const ratePerMs = rateLimits.savesPerMinute / 60_000;
    const capacity = rateLimits.saveBurst;
    const bucket = this.buckets.get(userId);
    const tokens = bucket ? Math.min(capacity, bucket.tokens + (now - bucket.at) * ratePerMs) : capacity;
    if (tokens < 1) {
      this.buckets.set(userId, { tokens, at: now });
      throw new RateLimitedError(Math.max(1, Math.ceil((1 - tokens) / ratePerMs / 1000)));
    }
    this.buckets.set(userId, { tokens: tokens - 1, at: now });
    if (this.buckets.size > 10_000) this.prune(now, ratePerMs, capacity);
  },

  /** Forgets buckets that have filled up again: they behave exactly like a missing one. */
  prune(now: number, ratePerMs: number, capacity: number): void {
    for (const [userId, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * ratePerMs >= capacity) this.buckets.delete(userId);
    }
  },

  reset(): void {
    this.buckets.clear();
  },
};

/** One save by `viewer`, or RateLimitedError when their bucket is empty. */
export function limitSaves(viewer: Viewer): void {
  if (viewer.kind !== 'user') return;
  saveLimiter.take(viewer.id);
}
