import { beforeEach, describe, expect, it, vi } from 'vitest';

/*
 * What readers are served is cached and shared by everyone; a request anyone can send must not empty
 * that cache, or one anonymous visitor in a loop makes every reader page render again. Every action
 * the request catalog lets everyone call is called anonymously here, and none may revalidate.
 */

await import('./support/session-mocks.ts');
const { revalidatePath, revalidateTag, updateTag } = await import('next/cache');
vi.mock('@/lib/auth/config.ts', () => ({ signIn: vi.fn(), signOut: vi.fn(), auth: async () => null, handlers: { GET: vi.fn(), POST: vi.fn() } }));
vi.mock('next-auth', () => ({ AuthError: class AuthError extends Error {} }));

const { actionRows, loadActions, redirectResult } = await import('./support/request-catalog.ts');
const { makeCast, makeFixture } = await import('./support/matrix-fixture.ts');
const actions = await loadActions();
const publicActions = Object.entries(actionRows).filter(([, row]) => row.who === 'everyone');

beforeEach(() => {
  vi.mocked(revalidatePath).mockClear();
  vi.mocked(revalidateTag).mockClear();
  vi.mocked(updateTag).mockClear();
});

describe('an action anyone may call', () => {
  it('exists in the catalog (the list below is not empty)', () => {
    expect(publicActions.map(([key]) => key)).toContain('app/actions.ts#setLocaleAction');
  });

  it.each(publicActions)('%s purges no shared cache', async (key, row) => {
    const fixture = await makeFixture(await makeCast(), row.variant ?? 'default');
    await actions.get(key)!(row.input(fixture)).catch((error: unknown) => redirectResult(error));
    expect(revalidatePath).not.toHaveBeenCalled();
    expect(revalidateTag).not.toHaveBeenCalled();
    expect(updateTag).not.toHaveBeenCalled();
  });
});
