import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';

// Route plumbing only: who is asking is not part of reading a body.
vi.mock('@/lib/auth/viewer.ts', () => ({ getViewer: async () => null }));
const { maxJsonBodyBytes, readJsonBody } = await import('@/lib/api/define-route.ts');
const { readTextBody } = await import('@/lib/api/read-text-body.ts');
const { PayloadTooLargeError, ValidationError } = await import('@/lib/errors.ts');
type PayloadTooLargeError = InstanceType<typeof PayloadTooLargeError>;

/*
 * A signed-in client cannot make the server hold a body of any size: bodies over the route's limit
 * are refused with 413 as soon as the bytes read pass it, whether or not they declare a length.
 */

/** A body streamed in 64 KB chunks with no Content-Length, counting how much the server pulled. */
function streamed(totalBytes: number): { request: Request; pulled: () => number } {
  let sent = 0;
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  const request = new Request('http://duet.test/api/v1/checks', { method: 'POST', body, duplex: 'half' } as RequestInit);
  return { request, pulled: () => sent };
}

describe('request bodies', () => {
  it('reads a body within the limit, Chinese included', async () => {
    const text = '石桥可以屹立三百年。'.repeat(1000);
    expect(await readTextBody(new Request('http://duet.test/', { method: 'POST', body: text }), 100_000)).toBe(text);
  });

  it('refuses a declared length over the limit without reading the body', async () => {
    const request = new Request('http://duet.test/', { method: 'POST', body: 'x'.repeat(2_000), headers: { 'content-length': '2000' } });
    await expect(readTextBody(request, 1_000)).rejects.toMatchObject({ status: 413, code: 'payload_too_large' });
    expect(request.bodyUsed).toBe(false);
  });

  it('stops reading an undeclared body once it passes the limit', async () => {
    const { request, pulled } = streamed(1_000_000_000);
    const error = await readTextBody(request, 1_000_000).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(PayloadTooLargeError);
    expect((error as PayloadTooLargeError).message).toBe('The request body is larger than 1 MB');
    // A gigabyte was on offer; the server took a little over the limit and hung up.
    expect(pulled()).toBeLessThan(2_000_000);
  });

  it('limits JSON bodies to 1 MB unless the route allows more, and calls bad JSON a validation error', async () => {
    const schema = z.strictObject({ text: z.string() });
    const json = (text: string) => new Request('http://duet.test/', { method: 'POST', body: JSON.stringify({ text }) });
    await expect(readJsonBody(json('a'.repeat(maxJsonBodyBytes)), schema)).rejects.toBeInstanceOf(PayloadTooLargeError);
    expect(await readJsonBody(json('a'.repeat(maxJsonBodyBytes)), schema, 2 * maxJsonBodyBytes)).toEqual({ text: 'a'.repeat(maxJsonBodyBytes) });
    await expect(readJsonBody(new Request('http://duet.test/', { method: 'POST', body: '{"text":' }), schema)).rejects.toBeInstanceOf(ValidationError);
    await expect(readJsonBody(new Request('http://duet.test/', { method: 'POST' }), schema)).rejects.toBeInstanceOf(ValidationError);
  });
});
