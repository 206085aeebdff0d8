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

test('a script imports, updates and exports an article through the API', async ({ request }) => {
  const email = uniqueEmail('importer');
  duet('user', 'create', '--email', email, '--name', 'Importer', '--role', 'reviewer', '--password', 'importer password');
  const headers = { authorization: `Bearer ${duet('token', 'create', '--email', email)}` };
  const markdown = '# Lanterns\n\nPaper lanterns glow softly.\n\nThey hang above the street.\n';

  const created = await request.post('/api/v1/articles', { headers, data: { markdown, translation: '# 灯笼\n\n纸灯笼发出柔和的光。\n\n它们挂在街道上方。\n', slug: 'lanterns' } });
  expect(created.status()).toBe(201);
  expect(await created.json()).toEqual({ slug: 'lanterns', segments: 3, translatable: 3, aligned: 3, unaligned: 0 });

  const again = await request.post('/api/v1/articles', { headers, data: { markdown, slug: 'lanterns' } });
  expect(again.status()).toBe(409);
  const empty = await request.post('/api/v1/articles', { headers, data: { markdown: '', slug: 'empty-one' } });
  expect(empty.status()).toBe(400);
  expect((await empty.json()).error).toMatchObject({ code: 'validation', message: expect.stringContaining('empty') });

  const updated = await request.post('/api/v1/articles/lanterns/source', {
    headers,
    data: { markdown: markdown.replace('glow softly', 'glow warmly') },
  });
  expect(await updated.json()).toEqual({ unchanged: 2, changed: 1, added: 0, removed: 0, restored: 0 });

  const article = await (await request.get('/api/v1/articles/lanterns', { headers })).json();
  expect(article.segments.map((segment: { translation: { status: string } }) => segment.translation.status)).toEqual(['draft', 'outdated', 'draft']);

  const exported = await request.get('/api/v1/articles/lanterns/export?format=zh', { headers });
  expect(exported.headers()['content-type']).toContain('text/markdown');
  // The imported file comes back as it was: no front matter is invented (it had none), and the
  // importer is not credited as a translator (importing is not translating).
  expect(await exported.text()).toBe('# 灯笼\n\n纸灯笼发出柔和的光。\n\n它们挂在街道上方。\n');
  const badFormat = await request.get('/api/v1/articles/lanterns/export?format=docx', { headers });
  expect(badFormat.status()).toBe(400);

  const second = article.segments[1];
  const saved = await request.put(`/api/v1/segments/${second.id}/translation`, { headers, data: { text: '纸灯笼发出温暖的光。', baseVersion: second.translation.version } });
  expect(await saved.json()).toEqual({ text: '纸灯笼发出温暖的光。', status: 'draft', version: second.translation.version + 1 });
  const stale = await request.put(`/api/v1/segments/${second.id}/translation`, { headers, data: { text: '过时的保存。', baseVersion: second.translation.version } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error).toMatchObject({ code: 'conflict', current: { text: '纸灯笼发出温暖的光。', version: second.translation.version + 1 } });
});

test('a translator token cannot import or see articles it is not assigned to', async ({ request }) => {
  const email = uniqueEmail('outsider');
  duet('user', 'create', '--email', email, '--name', 'Outsider', '--role', 'translator', '--password', 'outsider password');
  const headers = { authorization: `Bearer ${duet('token', 'create', '--email', email)}` };
  const attempt = await request.post('/api/v1/articles', { headers, data: { markdown: '# Sneaky\n', slug: 'sneaky' } });
  expect(attempt.status()).toBe(404);
  expect((await request.get('/api/v1/articles/translating-in-the-open', { headers })).status()).toBe(404);
  expect((await request.get('/api/v1/articles/translating-in-the-open/export?format=source', { headers })).status()).toBe(404);
  expect(await (await request.get('/api/v1/articles', { headers })).json()).toEqual({ articles: [] });
});
