/* The jobs the load worker runs and what it answers, shared by both sides of the pipe. */
import type { Summary } from './stats.ts';

/** GETs one URL from `connections` kept-alive sockets, for `durationMs` or `requests` in total. */
export type HttpJob = {
  kind: 'http';
  url: string;
  headers?: Record<string, string>;
  connections: number;
  durationMs?: number;
  requests?: number;
  warmupRequests?: number;
};

export type HttpResult = {
  kind: 'http';
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latency: Summary;
  ttfb: Summary;
  statuses: Record<string, number>;
  networkErrors: number;
  bytesPerResponse: number;
};

export type SaveEditor = { label: string; token: string; segmentId: string; version: number };

/** Each editor PUTs its own segment's translation every `intervalMs` for `durationMs`. */
export type SavesJob = { kind: 'saves'; baseUrl: string; editors: SaveEditor[]; intervalMs: number; durationMs: number };

export type SavesResult = {
  kind: 'saves';
  seconds: number;
  attempts: number;
  /** 200 answers with a new version: each must have written exactly one revision. */
  accepted: number;
  /** 200 answers without a new version (same text again); none are expected. */
  unchanged: number;
  conflicts: number;
  /** Answers other than 200 and 409, and network errors. */
  errors: number;
  /** Saves sent more than 50 ms after their slot because the previous one was still running. */
  late: number;
  errorSamples: string[];
  savesPerSecond: number;
  latency: Summary;
  acceptedBySegment: Record<string, number>;
  finalVersions: Record<string, number>;
};

export type LoadJob = HttpJob | SavesJob;
