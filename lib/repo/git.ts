import 'server-only';
import { lstat, mkdir, readFile, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GitError, refName, remoteUrl, simpleGit, type SimpleGit } from 'simple-git';
import { scrubCredentials, secretsOfUrl } from '@/lib/domain/repo/credentials.ts';
import { env } from '@/lib/env.ts';
import { ConflictError, ValidationError } from '@/lib/errors.ts';
import { RepositoryUnavailableError } from './repository-errors.ts';

/** Who commits: the person pushing, or Duet itself at the command line. */
export type GitIdentity = { name: string; email: string };

/** Variables git reads that would run a program or read other configuration: never inherited. */
const guardedVariable = /^(?:GIT_|EDITOR$|VISUAL$|PAGER$|SSH_ASKPASS$|PREFIX$)/i;

/**
 * The environment git runs in: the server's, less what could run programs, plus the operator's
 * GIT_SSH_COMMAND (for a deploy key); never a prompt (a missing password fails instead of hanging);
 * English messages; and, for an https remote without credentials in its URL, DUET_GIT_TOKEN as
 * basic auth through git's environment configuration, so it appears in no command line and no file.
 */
function gitEnvironment(url: string, identity: GitIdentity): { variables: Record<string, string>; secrets: string[] } {
  const variables: Record<string, string> = {
    ...Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined && !guardedVariable.test(entry[0]))),
    ...(process.env.GIT_SSH_COMMAND && { GIT_SSH_COMMAND: process.env.GIT_SSH_COMMAND }),
    GIT_TERMINAL_PROMPT: '0',
    LC_ALL: 'C',
    GIT_AUTHOR_NAME: identity.name,
    GIT_AUTHOR_EMAIL: identity.email,
    GIT_COMMITTER_NAME: identity.name,
    GIT_COMMITTER_EMAIL: identity.email,
  };
  const secrets = secretsOfUrl(url);
  if (env.DUET_GIT_TOKEN && /^https?:\/\//i.test(url) && secrets.length === 0) {
    const basic = Buffer.from(`${env.DUET_GIT_USERNAME}:${env.DUET_GIT_TOKEN}`).toString('base64');
    Object.assign(variables, { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'http.extraHeader', GIT_CONFIG_VALUE_0: `Authorization: Basic ${basic}` });
    secrets.push(env.DUET_GIT_TOKEN, basic);
  }
  return { variables, secrets };
}

/**
 * A repository's working copy under DUET_REPO_DIR, and its remote. Every git failure becomes an
 * error with the credentials scrubbed: a clear ValidationError for a URL or branch that does not
 * exist, a ConflictError for a push the remote refused, RepositoryUnavailableError otherwise.
 */
export class WorkingCopy {
  private constructor(
    readonly folder: string,
    private readonly git: SimpleGit,
    private readonly url: string,
    private readonly secrets: string[],
  ) {}

  static async open(name: string, url: string, identity: GitIdentity = { name: 'Duet', email: 'duet@localhost' }): Promise<WorkingCopy> {
    const folder = path.resolve(env.DUET_REPO_DIR, name);
    await mkdir(folder, { recursive: true });
    const { variables, secrets } = gitEnvironment(url, identity);
    // Strict: simple-git refuses any option, configuration or variable that could run a program,
    // except the variables set here on purpose.
    const allowEnvironment = Object.keys(variables).filter((variable) => guardedVariable.test(variable));
    const git = simpleGit({ baseDir: folder, strict: true, allowEnvironment }).env(variables);
    const copy = new WorkingCopy(folder, git, url, secrets);
    await copy.run(() => copy.git.cmd`init --quiet`);
    return copy;
  }

  /** Text safe to show: no URL credentials, no token. */
  scrub(text: string): string {
    return scrubCredentials(text, this.secrets);
  }

  /** The remote's commit at the tip of `branch`, fetched; null when the remote has no such branch. */
  async fetchBranch(branch: string): Promise<string | null> {
    const tracking = `refs/remotes/duet/${branch}`;
    const heads = await this.run(() => this.git.cmd`ls-remote --heads ${remoteUrl(this.url)} ${`refs/heads/${branch}`}`);
    if (!heads.trim()) return null;
    // Shallow: a sync needs only the newest files, and a push builds on the remote's tip.
    await this.run(() => this.git.cmd`fetch --quiet --no-tags --depth=1 ${remoteUrl(this.url)} ${`+refs/heads/${branch}:${tracking}`}`);
    return (await this.run(() => this.git.cmd`rev-parse --verify ${`${tracking}^{commit}`}`)).trim();
  }

  /** Like fetchBranch, for a branch that must exist. */
  async fetchExistingBranch(branch: string): Promise<string> {
    const commit = await this.fetchBranch(branch);
    if (commit === null) throw new ValidationError(`The repository has no branch "${branch}"`, { branch: [`No branch "${branch}"`] });
    return commit;
  }

  /** Makes the working files exactly those of `commit`, on the local branch `branch`. */
  async checkOut(commit: string, branch = 'duet-sync'): Promise<void> {
    await this.run(() => this.git.cmd`checkout --quiet --force -B ${refName(branch)} ${commit}`);
    await this.run(() => this.git.cmd`clean --quiet -ffdx`);
  }

  /** The checked-out files a glob matches, with git's glob rules (`*` stays in a folder, `**` crosses them). */
  async listFiles(glob: string): Promise<string[]> {
    const output = await this.run(() => this.git.cmd`ls-files -z -- ${`:(glob)${glob}`}`);
    return output.split('\0').filter(Boolean);
  }

  /** A checked-out file's bytes, or null when there is none. */
  async readFile(file: string): Promise<Uint8Array | null> {
    const target = await this.pathOf(file);
    const kind = await lstat(target).catch(() => null);
    if (kind === null || kind.isDirectory()) return null;
    return readFile(target);
  }

  async writeFile(file: string, text: string): Promise<void> {
    const target = await this.pathOf(file);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  }

  /** Stages `files` and commits those that changed, with the message for them; null when none did. */
  async commit(files: string[], message: (changed: string[]) => string): Promise<{ commit: string; files: string[] } | null> {
    if (files.length === 0) return null;
    await this.run(() => this.git.cmd`add -- ${files}`);
    const changed = (await this.run(() => this.git.cmd`diff --cached --name-only -z`)).split('\0').filter(Boolean);
    if (changed.length === 0) return null;
    // From a file: a message of several lines is no command-line argument.
    const messageFile = path.join(this.folder, '.git', 'DUET_COMMIT_MESSAGE');
    await writeFile(messageFile, message(changed));
    await this.run(() => this.git.cmd`commit --quiet --no-verify --cleanup=verbatim --file=${messageFile}`);
    return { commit: (await this.run(() => this.git.cmd`rev-parse HEAD`)).trim(), files: changed };
  }

  /** Pushes the checked-out commit to `branch`, never by force: a branch that moved refuses it. */
  async push(branch: string): Promise<void> {
    try {
      await this.run(() => this.git.cmd`push --quiet --no-verify ${remoteUrl(this.url)} ${`HEAD:refs/heads/${branch}`}`);
    } catch (error) {
      if (error instanceof RepositoryUnavailableError && /\[(?:remote )?rejected\]|non-fast-forward|fetch first|failed to update ref|cannot lock ref/i.test(error.message)) {
        throw new ConflictError(
          `The remote refused the push to "${branch}": the branch moved since Duet fetched it, or the remote does not accept it. ` +
            `Nothing was lost: the translations are still in Duet, and pushing again builds on the branch as it is now. (${error.message})`,
        );
      }
      throw error;
    }
  }

  /**
   * A path inside the working copy. A name that would leave it, or reach into `.git`, is refused,
   * and so is a symbolic link on the way (a repository could point `post.md` at a server file, for
   * Duet to import or overwrite).
   */
  private async pathOf(file: string): Promise<string> {
    const target = path.resolve(this.folder, file);
    const parts = path.relative(this.folder, target).split(path.sep);
    if (!target.startsWith(this.folder + path.sep) || parts.includes('.git')) throw new ValidationError(`${file}: the path is outside the repository`);
    for (let depth = 1; depth <= parts.length; depth++) {
      const stats = await lstat(path.join(this.folder, ...parts.slice(0, depth))).catch(() => null);
      if (stats === null) break;
      if (stats.isSymbolicLink()) throw new ValidationError(`${file}: ${parts.slice(0, depth).join('/')} is a symbolic link; Duet reads and writes only files in the repository`);
    }
    return path.join(await realpath(this.folder), ...parts);
  }

  private async run<T>(task: () => Promise<T>): Promise<T> {
    try {
      return await task();
    } catch (error) {
      throw this.explain(error);
    }
  }

  private explain(error: unknown): Error {
    if (!(error instanceof GitError)) return error instanceof Error ? new RepositoryUnavailableError(this.scrub(error.message)) : new RepositoryUnavailableError('git failed');
    const lines = this.scrub(error.message).split('\n').map((line) => line.trim()).filter(Boolean);
    // git's own summary (fatal:, error:, the remote's words and a push's rejections), else its last lines.
    const told = lines.filter((line) => /^(?:fatal|error|remote):|^!/.test(line));
    const said = (told.length ? told : lines.slice(-3)).join(' ');
    const where = this.scrub(this.url);
    if (/does not appear to be a git repository|repository .* not found|not found|No such file or directory|not a git repository|Could not resolve host|unable to access/i.test(lines.join(' ')) && !/\[(?:remote )?rejected\]/.test(said)) {
      return new ValidationError(`Cannot read a Git repository at ${where}: ${said}`, { url: [`Cannot read a Git repository at ${where}`] });
    }
    return new RepositoryUnavailableError(`git failed for ${where}: ${said}`);
  }
}
