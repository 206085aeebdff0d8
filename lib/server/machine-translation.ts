import 'server-only';
import OpenAI from 'openai';
import { machineTranslationMessages, readMachineAnswer, type MachineRequest } from '@/lib/domain/mt/prompt.ts';
import { machineTranslationEnvSchema } from '@/lib/env.ts';
import { MachineTranslationError } from '@/lib/errors.ts';

/*
 * The client of the machine translation server: any OpenAI-compatible chat endpoint, through the
 * `openai` package (which takes any base URL). Never called inside a database transaction.
 */

type MachineConfig = { url: string; model: string; apiKey: string | undefined; timeoutMs: number };

/** The configuration as the environment has it now; null when machine translation is off. */
export function machineTranslationConfig(): MachineConfig | null {
  const parsed = machineTranslationEnvSchema.parse(process.env);
  if (!parsed.DUET_MT_URL || !parsed.DUET_MT_MODEL) return null;
  return { url: parsed.DUET_MT_URL, model: parsed.DUET_MT_MODEL, apiKey: parsed.DUET_MT_API_KEY, timeoutMs: parsed.DUET_MT_TIMEOUT_SECONDS * 1000 };
}

function clientFor(config: MachineConfig): OpenAI {
  // A local server needs no key; the client insists on one, and sends it only as a bearer token.
  return new OpenAI({ baseURL: config.url, apiKey: config.apiKey ?? 'none', timeout: config.timeoutMs, maxRetries: 0 });
}

function failure(error: unknown, config: MachineConfig): MachineTranslationError {
  if (error instanceof OpenAI.APIConnectionTimeoutError) {
    return new MachineTranslationError(`The machine translation server did not answer within ${config.timeoutMs / 1000} s`);
  }
  if (error instanceof OpenAI.APIUserAbortError) return new MachineTranslationError('Machine translation was cancelled');
  if (error instanceof OpenAI.APIConnectionError) return new MachineTranslationError('The machine translation server cannot be reached');
  if (error instanceof OpenAI.APIError) return new MachineTranslationError(`The machine translation server refused the request (HTTP ${error.status ?? '?'})`);
  return new MachineTranslationError('The machine translation server sent an answer Duet cannot read');
}

/**
 * One segment's machine translation. A slow, failing or unreachable server, or an empty answer, is a
 * MachineTranslationError with a message that says which; `signal` cancels the request.
 */
export async function translateWithMachine(request: MachineRequest, options: { signal?: AbortSignal } = {}): Promise<string> {
  const config = machineTranslationConfig();
  if (!config) throw new MachineTranslationError('Machine translation is not configured (DUET_MT_URL and DUET_MT_MODEL)');
  let answer: string | null | undefined;
  try {
    const completion = await clientFor(config).chat.completions.create(
      { model: config.model, messages: machineTranslationMessages(request), temperature: 0 },
      options.signal ? { signal: options.signal } : {},
    );
    answer = completion.choices[0]?.message?.content;
  } catch (error) {
    throw failure(error, config);
  }
  const text = readMachineAnswer(answer ?? '', request.source);
  if (text === '') throw new MachineTranslationError('The machine translation server sent an empty answer');
  return text;
}
