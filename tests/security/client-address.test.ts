import { once } from 'node:events';
import http, { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clientIp } from '@/lib/auth/client-ip.ts';
import { env } from '@/lib/env.ts';
import { frontClientHeader, pinClientAddressToConnection, untrustedForwardingWarning } from '@/lib/server/connection-address.ts';
import { createFrontServer } from '@/lib/site-server/front-server.ts';

/*
 * The address per-address throttling and the audit log use. A client that sends its own
 * X-Forwarded-For must not choose it, unless the operator says a proxy in front sets the header.
 */

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A plain Node server (as `next start` runs) answering with the address Duet would use, and whether the front server's header reached it. */
async function addressServer(): Promise<string> {
  const server: Server = createServer((request, response) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value);
    response.end(clientIp(headers) + (headers.has(frontClientHeader) ? ' (front header visible)' : ''));
  });
  await listen(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

async function listen(server: Server): Promise<void> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  cleanups.push(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));
}

const addressSeen = async (url: string, headers: Record<string, string>) => (await fetch(url, { headers })).text();

/** A GET from a loopback address other than the front server's own 127.0.0.1. */
function addressSeenFrom(localAddress: string, url: string, headers: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { localAddress, headers, agent: false }, async (response) => {
        let body = '';
        for await (const chunk of response) body += chunk;
        resolve(body);
      })
      .on('error', reject);
  });
}

const frontSecret = 'a-secret-only-the-front-server-knows-0123';

describe('without DUET_TRUST_PROXY', () => {
  it('uses the connection address whatever X-Forwarded-For or X-Real-IP says, and warns once', async () => {
    expect(env.DUET_TRUST_PROXY).toBe(false);
    const warn = vi.fn();
    cleanups.push(pinClientAddressToConnection(warn));
    const url = await addressServer();
    expect(await addressSeen(url, {})).toBe('127.0.0.1');
    expect(warn).not.toHaveBeenCalled();
    for (const spoofed of ['203.0.113.1', '203.0.113.2', '203.0.113.3, 198.51.100.7']) {
      expect(await addressSeen(url, { 'x-forwarded-for': spoofed, 'x-real-ip': spoofed })).toBe('127.0.0.1');
    }
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith(untrustedForwardingWarning);
  });
});

describe('behind the front server of `npm start`', () => {
  it('uses the address the front server names with the secret, and never lets the header through', async () => {
    const warn = vi.fn();
    cleanups.push(pinClientAddressToConnection(warn, frontSecret));
    const url = await addressServer();
    expect(await addressSeen(url, { [frontClientHeader]: `${frontSecret} 203.0.113.7` })).toBe('203.0.113.7');
    expect(await addressSeen(url, { [frontClientHeader]: `${frontSecret} 2001:db8::7` })).toBe('2001:db8::7');
    for (const forged of [`wrong-secret-of-the-same-length-0123456 203.0.113.7`, `${frontSecret}x 203.0.113.7`, '203.0.113.7', `${frontSecret} not-an-address`, `${frontSecret}`]) {
      expect(await addressSeen(url, { [frontClientHeader]: forged }), forged).toBe('127.0.0.1');
    }
    expect(warn).not.toHaveBeenCalled();
  });

  it('ignores the header when the secret is empty or short', async () => {
    const url = await addressServer();
    for (const secret of ['', 'short']) {
      const stop = pinClientAddressToConnection(vi.fn(), secret);
      expect(await addressSeen(url, { [frontClientHeader]: `${secret} 203.0.113.7` }), secret).toBe('127.0.0.1');
      stop();
    }
  });

  it("sees each visitor's own address through the front server, whatever they send", async () => {
    cleanups.push(pinClientAddressToConnection(vi.fn(), frontSecret));
    const app = new URL(await addressServer());
    const front = createFrontServer({
      siteDir: path.join(import.meta.dirname, 'no-such-site'),
      publicDir: path.join(import.meta.dirname, 'no-such-public'),
      upstream: { host: app.hostname, port: Number(app.port) },
      frontSecret,
    });
    await listen(front);
    const url = `http://127.0.0.1:${(front.address() as AddressInfo).port}/signin`;
    expect(await addressSeenFrom('127.0.0.2', url)).toBe('127.0.0.2');
    expect(await addressSeenFrom('127.0.0.3', url, { [frontClientHeader]: `${frontSecret} 203.0.113.7`, 'x-forwarded-for': '203.0.113.8' })).toBe('127.0.0.3');
  });
});

describe('with DUET_TRUST_PROXY', () => {
  it('uses the address the proxy appended last', () => {
    env.DUET_TRUST_PROXY = true;
    cleanups.push(() => void (env.DUET_TRUST_PROXY = false));
    expect(clientIp(new Headers({ 'x-forwarded-for': '203.0.113.9, 198.51.100.4' }))).toBe('198.51.100.4');
    expect(clientIp(new Headers({ 'x-real-ip': '198.51.100.5' }))).toBe('198.51.100.5');
  });
});
