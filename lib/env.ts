import { z } from 'zod';
import { resolveDatabaseTarget } from './db/provider.ts';

/** The abuse limits' defaults: wide headroom over human and scripted use (see lib/dal/core/rate-limit.ts). */
export const rateLimitDefaults = { savesPerMinute: 120, saveBurst: 120, importsPerHour: 30, exportsPerHour: 120, checksPerMinute: 120 } as const;

/** Every environment variable Duet reads, parsed once. docs/operating.md "Configuration" documents each. */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().trim().optional().transform((value) => resolveDatabaseTarget(value || undefined)),
  AUTH_SECRET: z.string().optional(),
  DUET_SESSION_MAX_AGE: z.coerce.number().int().min(300).max(30 * 24 * 3600).default(7 * 24 * 3600),
  DUET_SIGNIN_MAX_FAILURES_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
  DUET_SIGNIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(50),
  DUET_SIGNIN_WINDOW_SECONDS: z.coerce.number().int().min(10).default(15 * 60),
  // Abuse limits (lib/dal/core/rate-limit.ts). Saves: a token bucket per user and app instance, refilled
  // at the per-minute rate and holding up to the burst. Imports and exports: per user across all
  // instances, over a sliding hour.
  DUET_SAVE_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(rateLimitDefaults.savesPerMinute),
  DUET_SAVE_BURST: z.coerce.number().int().min(1).default(rateLimitDefaults.saveBurst),
  DUET_IMPORT_RATE_PER_HOUR: z.coerce.number().int().min(1).default(rateLimitDefaults.importsPerHour),
  DUET_EXPORT_RATE_PER_HOUR: z.coerce.number().int().min(1).default(rateLimitDefaults.exportsPerHour),
  // POST /api/v1/checks: per user across all instances, over a sliding minute.
  DUET_CHECK_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(rateLimitDefaults.checksPerMinute),
  DUET_TRUST_PROXY: z
    .enum(['true', 'false', ''])
    .default('false')
    .transform((value) => value === 'true'),
  // The reading site's address as readers see it (https://example.org), for canonical, feed and
  // sitemap links; cached pages cannot take it from the request's Host header.
  DUET_PUBLIC_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(z.url({ protocol: /^https?$/, message: 'must be an http(s) URL such as https://translations.example.org' }).optional()),
  // The folder relative images, video and links in articles are resolved against on the reading
  // site (a mirror of the posts' assets, say); unset, each article's source URL is used.
  DUET_ASSET_BASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(z.url({ protocol: /^https?$/, message: 'must be an http(s) URL such as https://assets.example.org/blog/' }).optional())
    .transform((value) => (value === undefined || value.endsWith('/') ? value : `${value}/`)),
  // Where publishing writes the reading site as files (the reconciler keeps them equal to the
  // database); relative paths are taken from the directory Duet runs in.
  DUET_SITE_DIR: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || 'data/site'),
  // Where `duet repo` keeps its working copies of synced Git repositories (lib/repo/), one folder each.
  DUET_REPO_DIR: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || 'data/repos'),
  // A token for https Git remotes whose URL carries no credentials, sent as HTTP basic auth with
  // DUET_GIT_USERNAME (GitHub and Gitea accept any name with a token; GitLab wants oauth2).
  DUET_GIT_TOKEN: z.string().trim().optional().transform((value) => value || undefined),
  DUET_GIT_USERNAME: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || 'x-access-token'),
});

/**
 * Machine translation from any OpenAI-compatible server (Ollama, vLLM, llama.cpp, LM Studio or a
 * hosted one): a base URL ending in /v1, a model name, and a key if the server wants one. Unset,
 * no machine translation appears. Read at each use (lib/server/machine-translation.ts).
 */
export const machineTranslationEnvSchema = z.object({
  DUET_MT_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(z.url({ protocol: /^https?$/, message: 'must be an http(s) base URL such as http://127.0.0.1:11434/v1' }).optional()),
  DUET_MT_MODEL: z.string().trim().optional().transform((value) => value || undefined),
  DUET_MT_API_KEY: z.string().trim().optional().transform((value) => value || undefined),
  DUET_MT_TIMEOUT_SECONDS: z.coerce.number().min(1).max(600).default(60),
});

export type Env = z.infer<typeof envSchema> & z.infer<typeof machineTranslationEnvSchema>;

function parseEnv(): Env {
  const parsed = envSchema.extend(machineTranslationEnvSchema.shape).safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}

export const env = parseEnv();
