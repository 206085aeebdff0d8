import 'server-only';
import { PayloadTooLargeError } from '@/lib/errors.ts';

/**
 * A request body as text, refused with 413 before it is read when its declared length is over
 * `maxBytes`, and as soon as the bytes read pass it when it declares none (or lies): a signed-in
 * client cannot make the server buffer a body of any size.
 */
export async function readTextBody(request: Request, maxBytes: number): Promise<string> {
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw new PayloadTooLargeError(maxBytes);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxBytes) {
      await reader.cancel();
      throw new PayloadTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
