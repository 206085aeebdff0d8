/* Single requests from the benchmark process: signing in, and the size of a page as sent. */
import http from 'node:http';
import { gzipSync } from 'node:zlib';

/** Signs in through next-auth's credentials callback, as the sign-in form does; returns the cookies. */
export async function signIn(origin: string, email: string, password: string): Promise<Record<string, string>> {
  const cookies: Record<string, string> = {};
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      cookies[pair!.slice(0, at).trim()] = pair!.slice(at + 1);
    }
  };
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const callback = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(cookies) },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${origin}/workspace` }),
  });
  keep(callback);
  await callback.arrayBuffer();
  const me = await fetch(`${origin}/api/v1/me`, { headers: { cookie: cookieHeader(cookies) } });
  await me.arrayBuffer();
  if (!me.ok) throw new Error(`Signing in as ${email} failed: /api/v1/me answered ${me.status} (callback ${callback.status})`);
  return cookies;
}

export function cookieHeader(cookies: Record<string, string>): string {
  return Object.entries(cookies)
    .map(([name, value]) => `${name}=${value}`)
    .join('; ');
}

export type PageWeight = {
  status: number;
  htmlBytes: number;
  /** gzip -6 of the HTML, what a browser receives from a compressing server or proxy. */
  gzipBytes: number;
  /** How many of the HTML bytes are the React Server Components payload in `self.__next_f.push` scripts. */
  rscBytes: number;
  /** Content-Encoding and size on the wire when the request accepts gzip (the server's own compression). */
  wire: { encoding: string | null; bytes: number };
  cacheControl: string | null;
  scripts: number;
};

export async function measurePage(url: string, headers: Record<string, string> = {}): Promise<PageWeight> {
  const plain = await fetch(url, { headers: { ...headers, 'accept-encoding': 'identity' } });
  const html = Buffer.from(await plain.arrayBuffer());
  const wire = await wireSize(url, headers);
  const text = html.toString('utf8');
  const rsc = [...text.matchAll(/<script>self\.__next_f\.push\([\s\S]*?\)<\/script>/g)].reduce((sum, match) => sum + Buffer.byteLength(match[0]), 0);
  return {
    status: plain.status,
    htmlBytes: html.length,
    gzipBytes: gzipSync(html, { level: 6 }).length,
    rscBytes: rsc,
    wire,
    cacheControl: plain.headers.get('cache-control'),
    scripts: (text.match(/<script[\s>]/g) ?? []).length,
  };
}

/** fetch decompresses what it receives; node:http counts the bytes as they arrive. */
function wireSize(url: string, headers: Record<string, string>): Promise<{ encoding: string | null; bytes: number }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { ...headers, 'accept-encoding': 'gzip' } }, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () => resolve({ encoding: response.headers['content-encoding'] ?? null, bytes }));
        response.on('error', reject);
      })
      .on('error', reject);
  });
}
