import path from 'node:path';
import { systemViewer } from '@/lib/dal/core/viewer-types.ts';
import { listRepositories } from '@/lib/dal/repositories/repositories.ts';
import { addRepository } from '../repo/add.ts';
import { pushRepository } from '../repo/push.ts';
import { syncRepository } from '../repo/sync.ts';
import { UsageError } from './usage-error.ts';

type Flags = Record<string, string | undefined>;

/** A local repository may be named by a relative path, taken from Duet's directory. */
function absoluteIfLocal(url: string): string {
  const remote = /^[a-z][a-z0-9+.-]*:\/\//i.test(url) || /^[\w.-]+@[\w.-]+:/.test(url);
  return remote || path.isAbsolute(url) ? url : path.resolve(url);
}

/** `repo add|sync|push|list`: each prints one JSON value. */
export async function runRepoCommand([subcommand, name, url]: string[], flags: Flags): Promise<void> {
  switch (subcommand) {
    case 'add': {
      if (!name || !url) throw new UsageError('Usage: repo add NAME URL --sources GLOB --translations TEMPLATE [--branch main]');
      if (!flags.sources) throw new UsageError('Missing --sources');
      if (!flags.translations) throw new UsageError('Missing --translations');
      const { lastSync: _lastSync, ...added } = await addRepository(systemViewer, {
        name,
        url: absoluteIfLocal(url),
        sources: flags.sources,
        translations: flags.translations,
        ...(flags.branch !== undefined && { branch: flags.branch }),
      });
      console.log(JSON.stringify(added));
      return;
    }
    case 'sync': {
      if (!name || url) throw new UsageError('Usage: repo sync NAME');
      console.log(JSON.stringify(await syncRepository(systemViewer, name)));
      return;
    }
    case 'push': {
      if (!name || url) throw new UsageError('Usage: repo push NAME [--branch duet/translations]');
      const { commit, files, skipped } = await pushRepository(systemViewer, { name, branch: flags.branch });
      for (const { slug, reason } of skipped) console.error(`Left out ${slug}: ${reason}`);
      console.log(JSON.stringify({ commit, files }));
      return;
    }
    case 'list': {
      if (name) throw new UsageError('Usage: repo list');
      console.log(JSON.stringify(await listRepositories(systemViewer)));
      return;
    }
    default:
      throw new UsageError(subcommand ? `Unknown repo command: ${subcommand}` : 'Name a repo command: add, sync, push or list');
  }
}
