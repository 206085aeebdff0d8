import { createApiToken, listApiTokens, revokeApiToken } from '@/lib/dal/accounts/tokens.ts';
import { getUserIdByEmailOrThrow } from '@/lib/dal/accounts/users.ts';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { UsageError } from './usage-error.ts';

type Flags = Record<string, string | undefined>;

export async function runTokenCommand(subcommand: string | undefined, flags: Flags): Promise<void> {
  switch (subcommand) {
    case 'create': {
      if (!flags.email) throw new UsageError('Missing --email');
      const userId = await getUserIdByEmailOrThrow(systemViewer, flags.email);
      const token = await createApiToken(systemViewer, userId, flags.label ?? 'cli');
      console.error(`Created token ${token.id} (${token.label}) for ${flags.email}. It is shown only once:`);
      console.log(token.secret);
      return;
    }
    case 'list': {
      if (!flags.email) throw new UsageError('Missing --email');
      const userId = await getUserIdByEmailOrThrow(systemViewer, flags.email);
      for (const token of await listApiTokens(systemViewer, userId)) {
        const state = token.revokedAt ? 'revoked' : 'active';
        console.log([token.id, token.label, `${token.prefix}…`, state, token.createdAt.toISOString()].join('\t'));
      }
      return;
    }
    case 'revoke': {
      if (!flags.id) throw new UsageError('Missing --id');
      await revokeApiToken(systemViewer, flags.id);
      console.log(`Revoked token ${flags.id}`);
      return;
    }
    default:
      throw new UsageError(`Unknown token command: ${subcommand ?? '(none)'}`);
  }
}
