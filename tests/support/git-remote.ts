import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const identity = ['-c', 'user.name=Upstream Author', '-c', 'user.email=upstream@example.test'];

/** git in `cwd`, its output trimmed (a test's own commands, never the app's). */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', [...identity, ...args], { cwd, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, LC_ALL: 'C' } }).trim();
}

/**
 * A bare repository on disk standing in for a community's remote (no network), with a clone that
 * commits files to its `main` as an upstream author would.
 */
type FileContent = string | Uint8Array | { symlink: string };

export function makeRemote(files: Record<string, FileContent>) {
  const root = mkdtempSync(path.join(tmpdir(), 'duet-remote-'));
  const url = path.join(root, 'blog.git');
  git(root, 'init', '--quiet', '--bare', '--initial-branch=main', url);
  const work = path.join(root, 'work');
  git(root, 'clone', '--quiet', url, work);
  git(work, 'checkout', '--quiet', '-B', 'main');
  const commit = (changes: Record<string, FileContent>, message = 'Upstream change') => {
    for (const [file, content] of Object.entries(changes)) {
      mkdirSync(path.dirname(path.join(work, file)), { recursive: true });
      if (typeof content === 'object' && 'symlink' in content) symlinkSync(content.symlink, path.join(work, file));
      else writeFileSync(path.join(work, file), content);
    }
    git(work, 'add', '--all');
    git(work, 'commit', '--quiet', '-m', message);
    git(work, 'push', '--quiet', 'origin', 'main');
    return git(work, 'rev-parse', 'HEAD');
  };
  commit(files, 'Initial posts');
  return {
    url,
    commit,
    /** A file as the remote's branch holds it, or null. */
    show(branch: string, file: string): string | null {
      try {
        return execFileSync('git', ['show', `${branch}:${file}`], { cwd: url, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
      } catch {
        return null;
      }
    },
    run: (...args: string[]) => git(url, ...args),
  };
}
