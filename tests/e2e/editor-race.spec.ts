import { expect, test } from '@playwright/test';
import { duet, uniqueEmail } from './support/cli.ts';

type Current = { text: string; status: string; version: number };

test('50 writers racing on one segment through the API: every accepted save is a revision, every refusal names the current text', async ({ request }) => {
  // Two people's tokens share the writers, keeping each well inside the per-user save allowance.
  const tokens = ['racer-a', 'racer-b'].map((name) => {
    const email = uniqueEmail(name);
    duet('user', 'create', '--email', email, '--name', name, '--role', 'reviewer', '--password', 'racer password');
    return { authorization: `Bearer ${duet('token', 'create', '--email', email)}` };
  });
  const headers = tokens[0]!;
  await request.post('/api/v1/articles', { headers, data: { markdown: '# Race\n\nMany hands on one paragraph.\n', slug: 'race' } });
  const article = await (await request.get('/api/v1/articles/race', { headers })).json();
  const segment = article.segments.find((s: { kind: string }) => s.kind === 'paragraph');
  const url = `/api/v1/segments/${segment.id}/translation`;

  // Each writer tries once per round on the version it last saw; losers learn the current version
  // from the 409 and try again in the next round. Exactly one save per round may win.
  let waiting = Array.from({ length: 50 }, (_, index) => ({
    text: `第 ${index} 位译者的译文。`,
    baseVersion: segment.translation.version as number,
    headers: tokens[index % tokens.length]!,
  }));
  const accepted: Array<{ text: string; version: number }> = [];
  for (let round = 0; round < 3; round += 1) {
    const answers = await Promise.all(
      waiting.map(async (writer) => {
        const response = await request.put(url, { headers: writer.headers, data: { text: writer.text, baseVersion: writer.baseVersion } });
        return { writer, status: response.status(), body: await response.json() };
      }),
    );
    const won = answers.filter((answer) => answer.status === 200);
    const lost = answers.filter((answer) => answer.status === 409);
    expect(won).toHaveLength(1);
    expect(won.length + lost.length).toBe(waiting.length);
    const winner = won[0]!;
    accepted.push({ text: winner.writer.text, version: winner.body.version });
    for (const loser of lost) {
      const current = loser.body.error.current as Current;
      expect(current).toEqual({ text: winner.writer.text, status: 'draft', version: winner.body.version });
    }
    waiting = lost.map((loser) => ({ ...loser.writer, baseVersion: (loser.body.error.current as Current).version }));
  }

  const revisions = (await (await request.get(`/api/v1/segments/${segment.id}/revisions`, { headers })).json()).revisions as Array<{ text: string; version: number }>;
  const written = revisions.filter((revision) => revision.version > segment.translation.version).map(({ text, version }) => ({ text, version }));
  expect(written.reverse()).toEqual(accepted);
});
