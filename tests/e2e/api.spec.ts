import { expect, test } from '@playwright/test';
import { duet, uniqueEmail } from './support/cli.ts';

test('GET /api/v1/me answers for a CLI-made token until it is revoked', async ({ request }) => {
  const email = uniqueEmail('script');
  duet('user', 'create', '--email', email, '--name', 'Script Owner', '--role', 'reviewer', '--password', 'script password');
  const secret = duet('token', 'create', '--email', email, '--label', 'e2e');
  const headers = { authorization: `Bearer ${secret}` };

  const me = await request.get('/api/v1/me', { headers });
  expect(me.status()).toBe(200);
  expect(await me.json()).toEqual({ id: expect.any(String), email, name: 'Script Owner', role: 'reviewer' });

  const tokenId = duet('token', 'list', '--email', email).split('\t')[0] ?? '';
  duet('token', 'revoke', '--id', tokenId);
  const revoked = await request.get('/api/v1/me', { headers });
  expect(revoked.status()).toBe(401);
  expect(await revoked.json()).toEqual({ error: { code: 'unauthenticated', message: expect.any(String) } });
});

test('the API answers 401 in its JSON shape without credentials, and 404 for unknown paths', async ({ request }) => {
  const anonymous = await request.get('/api/v1/me');
  expect(anonymous.status()).toBe(401);
  expect((await anonymous.json()).error.code).toBe('unauthenticated');
  const unknown = await request.get('/api/v1/nothing-here');
  expect(unknown.status()).toBe(404);
  expect((await unknown.json()).error.code).toBe('not_found');
});
