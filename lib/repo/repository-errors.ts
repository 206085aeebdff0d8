import { AppError } from '@/lib/errors.ts';

/** Git could not reach or read the remote (network, permissions, a server error): try again later. */
export class RepositoryUnavailableError extends AppError {
  constructor(message: string) {
    super('repository_unavailable', 502, message);
  }
}
