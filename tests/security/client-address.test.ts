import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clientIp } from '@/lib/auth/client-ip.ts';
import { env } from '@/lib/env.ts';
import { pinClientAddressToConnection, untrustedForwardingWarning } from '@/lib/server/connection-address.ts';

/*
 * The address per-address throttling and the audit log use. A client that sends its own
 * X-Forwarded-For must not choose it, unless the operator says a proxy in front sets the header.
 */

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A plain Node server (as `next start` runs) answering with the address Duet would use. */
async function addressServer(): Promise<string> {
  const server: Server = createServer((request, response) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(name, value);
    response.end(clientIp(headers));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

const addressSeen = async (url: string, headers: Record<string, string>) => (await fetch(url, { headers })).text();

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

describe('with DUET_TRUST_PROXY', () => {
  it('uses the address the proxy appended last', () => {
    env.DUET_TRUST_PROXY = true;
    cleanups.push(() => void (env.DUET_TRUST_PROXY = false));
    expect(clientIp(new Headers({ 'x-forwarded-for': '203.0.113.9, 198.51.100.4' }))).toBe('198.51.100.4');
    expect(clientIp(new Headers({ 'x-real-ip': '198.51.100.5' }))).toBe('198.51.100.5');
  });
});
