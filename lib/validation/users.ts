import { z } from 'zod';
import { roles } from '@/lib/domain/permissions.ts';

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: 'Enter a valid e-mail address' }));

export const passwordSchema = z
  .string()
  .min(10, { message: 'Use at least 10 characters' })
  .max(200, { message: 'Use at most 200 characters' });

export const roleSchema = z.enum(roles, { message: `Role must be one of: ${roles.join(', ')}` });

export const createUserSchema = z.strictObject({
  email: emailSchema,
  name: z.string().trim().min(1, { message: 'Enter a name' }).max(100),
  role: roleSchema,
  // An empty form field means "generate one".
  password: z.preprocess((value) => (value === '' ? undefined : value), passwordSchema.optional()),
});
export type CreateUserInput = z.input<typeof createUserSchema>;

export const signInSchema = z.strictObject({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(200),
  callbackUrl: z.string().max(2000).optional(),
});

export const userIdSchema = z.strictObject({ userId: z.string().min(1).max(64) });

export const setRoleSchema = z.strictObject({ userId: z.string().min(1).max(64), role: roleSchema });

export const tokenLabelSchema = z.string().trim().min(1).max(100);
