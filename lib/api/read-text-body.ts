import 'server-only';
import { ValidationError } from '@/lib/errors.ts';

/**
 * A file sent as the request body (CSV, TBX, TMX), refused before it is read when its declared
 * length is over `maxBytes`, and after when a body without a length turns out to be.
 */
export async function readTextBody(request: Request, maxBytes: number): Promise<string> {
  const tooLarge = () => new ValidationError(`The request body is larger than ${Math.round(maxBytes / 1e6)} MB`);
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge();
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw tooLarge();
  return text;
}
