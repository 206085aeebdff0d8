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

// An empty form field or a missing option means "generate one".
const passwordOrGeneratedSchema = z.preprocess((value) => (value === '' ? undefined : value), passwordSchema.optional());

export const roleSchema = z.enum(roles, { message: `Role must be one of: ${roles.join(', ')}` });

export const createUserSchema = z.strictObject({
  email: emailSchema,
  name: z.string().trim().min(1, { message: 'Enter a name' }).max(100),
  role: roleSchema,
  password: passwordOrGeneratedSchema,
});
export type CreateUserInput = z.input<typeof createUserSchema>;

/** The current password is only compared with the stored hash, so any length sign-in accepts is allowed. */
const currentPasswordSchema = z
  .string()
  .min(1, { message: 'Enter your current password' })
  .max(200, { message: 'Use at most 200 characters' });

// Hashing normalizes to NFKC, so two spellings of the same characters are the same password.
const samePassword = (a: string, b: string) => a.normalize('NFKC') === b.normalize('NFKC');

export const changePasswordSchema = z
  .strictObject({ currentPassword: currentPasswordSchema, newPassword: passwordSchema })
  .refine((input) => !samePassword(input.newPassword, input.currentPassword), {
    path: ['newPassword'],
    message: 'Choose a password different from the current one',
  });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

/** The account form asks for the new password twice; the data-access layer checks the rest. */
export const changePasswordFormSchema = z
  .strictObject({
    currentPassword: z.string().max(200),
    newPassword: z.string().max(200),
    confirmPassword: z.string().max(200),
  })
  .refine((input) => input.confirmPassword === input.newPassword, {
    path: ['confirmPassword'],
    message: 'The new passwords do not match',
  });

export const setPasswordSchema = z.strictObject({
  email: emailSchema,
  password: passwordOrGeneratedSchema,
});

export const signInSchema = z.strictObject({
  email: z.string().trim().toLowerCase().max(254),
  password: z.string().max(200),
  callbackUrl: z.string().max(2000).optional(),
});

export const userIdSchema = z.strictObject({ userId: z.string().min(1).max(64) });

export const setRoleSchema = z.strictObject({ userId: z.string().min(1).max(64), role: roleSchema });

export const tokenLabelSchema = z.string().trim().min(1).max(100);
