import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

type ChatRequest = { model: string; messages: Array<{ role: string; content: string }> };
export type StandInMode = 'answer' | 'fail' | 'slow' | 'delay';
const modes: readonly StandInMode[] = ['answer', 'fail', 'slow', 'delay'];

/**
 * A small OpenAI-compatible chat server on loopback, for tests: answers `POST /v1/chat/completions`
 * with `answer(lastLine)` (the segment to translate), or fails (HTTP 500), or never answers in time,
 * or answers after half a second (`delay`). `POST /mode` with a mode as the body switches (for a test
 * in another process, as the end-to-end tests are). Nothing leaves the machine.
 */
export async function startMachineStandIn(answer: (source: string) => string, port = 0) {
  const requests: ChatRequest[] = [];
  let mode: StandInMode = 'answer';
  const readBody = async (request: IncomingMessage) => {
    let body = '';
    for await (const chunk of request) body += chunk;
    return JSON.parse(body) as ChatRequest;
  };
  const server = createServer((request, response) => {
    void (async () => {
      if (request.method === 'POST' && request.url === '/mode') {
        let body = '';
        for await (const chunk of request) body += chunk;
        const next = modes.find((candidate) => candidate === body.trim());
        if (next) mode = next;
        response.writeHead(next ? 204 : 400).end();
        return;
      }
      if (request.method === 'GET' && request.url === '/health') {
        response.writeHead(200).end('ok');
        return;
      }
      if (request.method !== 'POST' || request.url !== '/v1/chat/completions') {
        response.writeHead(404).end();
        return;
      }
      const chat = await readBody(request);
      requests.push(chat);
      if (mode === 'fail') {
        response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'model crashed' } }));
        return;
      }
      if (mode === 'slow') {
        setTimeout(() => response.writeHead(200).end('{}'), 5000).unref();
        return;
      }
      if (mode === 'delay') await new Promise((resolve) => setTimeout(resolve, 500));
      const source = chat.messages.at(-1)!.content.split('Translate this segment:\n').at(-1)!;
      response.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          id: 'chatcmpl-stand-in',
          object: 'chat.completion',
          created: Math.floor(Date.now() / 1000),
          model: chat.model,
          choices: [{ index: 0, message: { role: 'assistant', content: answer(source) }, finish_reason: 'stop' }],
        }),
      );
    })();
  });
  server.listen(port, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port: listening } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${listening}/v1`,
    requests,
    setMode: (next: StandInMode) => {
      mode = next;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
