import { z } from 'zod';
import { translationTemplateProblem } from '@/lib/domain/repo/repository-paths.ts';

export const repositoryNameSchema = z
  .string()
  .trim()
  .min(1, { message: 'Name the repository' })
  .max(60)
  .regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, { message: 'Use lowercase letters, digits, dashes and underscores' });

/** A branch name git accepts, limited to the characters branch names use in practice. */
export const branchSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^(?![-/.])(?!.*\.\.)(?!.*\/\/)(?!.*\/\.)(?!.*\.lock$)(?!.*[/.]$)[A-Za-z0-9._/-]+$/, {
    message: 'Use a branch name such as main or duet/translations',
  });

/**
 * Any git URL (https, ssh, git, file, or user@host:path) or an absolute local path; never an
 * option (a leading dash) nor a `ext::` remote helper, which would run a command.
 */
export const gitUrlSchema = z
  .string()
  .trim()
  .min(1, { message: 'Give the repository URL or path' })
  .max(2000)
  .refine((url) => !/[\s\u0000-\u001f]/.test(url), { message: 'The URL must not contain spaces or control characters' })
  .refine((url) => /^(?:https?|ssh|git|file):\/\/[^/]/i.test(url) || /^\/./.test(url) || /^[\w.-]+@[\w.-]+:[^/]/.test(url), {
    message: 'Use an https://, ssh://, git:// or file:// URL, user@host:path, or an absolute path',
  });

export const sourcesGlobSchema = z
  .string()
  .trim()
  .min(1, { message: 'Give a glob for the English sources, such as *.md or _posts/*.md' })
  .max(300)
  .refine((glob) => !glob.startsWith('/') && !glob.startsWith('-') && !glob.split('/').includes('..'), {
    message: 'The glob is relative to the repository, such as *.md or _posts/**/*.md',
  });

export const translationTemplateSchema = z
  .string()
  .trim()
  .min(1)
  .max(300)
  .superRefine((template, context) => {
    const problem = translationTemplateProblem(template);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

/** Minutes between automatic syncs: from five minutes to a week, or none. */
export const syncIntervalSchema = z.coerce.number().int().min(5, { message: 'At least 5 minutes' }).max(7 * 24 * 60).nullable();

export const addRepositorySchema = z.strictObject({
  name: repositoryNameSchema,
  url: gitUrlSchema,
  branch: branchSchema.default('main'),
  sources: sourcesGlobSchema,
  translations: translationTemplateSchema,
  syncIntervalMinutes: syncIntervalSchema.optional(),
});
export type AddRepositoryInput = z.input<typeof addRepositorySchema>;

/** A form's empty optional fields mean "not given". */
const withoutEmptyFields = (value: unknown) =>
  value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).filter(([, field]) => field !== '' && field !== null)) : value;

export const addRepositoryFormSchema = z.preprocess(withoutEmptyFields, addRepositorySchema);

export const repositoryRefSchema = z.strictObject({ name: repositoryNameSchema });

export const pushRepositorySchema = z.strictObject({ name: repositoryNameSchema, branch: branchSchema.default('duet/translations') });

export const pushRepositoryFormSchema = z.preprocess(withoutEmptyFields, pushRepositorySchema);

/** The periodic sync form: an empty interval turns it off. */
export const syncIntervalFormSchema = z.strictObject({
  name: repositoryNameSchema,
  syncIntervalMinutes: z.preprocess((value) => (value === '' || value === undefined ? null : value), syncIntervalSchema),
});
