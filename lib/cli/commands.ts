/*
 * Every `duet` command: how it is called, what it does, what it accepts. `duet --help` and
 * `duet COMMAND --help` print from here, and main.ts refuses any option or argument not listed.
 * Commands load their modules only when run, so help and usage errors never open the database.
 */

export type Flags = Record<string, string | undefined>;

export type Command = {
  /** One line per form, without the leading `duet `; with `summary` in `duet --help`. */
  forms: Array<{ usage: string; summary?: string }>;
  description: string;
  options?: string[];
  /** Options that take no value (`--dry-run`): '1' in the flags when given. */
  switches?: string[];
  /** How many arguments may follow the command's name. */
  maxArguments: number;
  /** Arguments (by position) and options that name files, read relative to the caller's directory. */
  paths?: { arguments?: number[]; options?: string[] };
  run: (args: string[], flags: Flags) => Promise<void>;
};

const exportFormats = 'source|zh|seed|bilingual|xliff|xliff12|po|tmx';

export const commands: Record<string, Command> = {
  migrate: {
    forms: [{ usage: 'migrate', summary: 'apply pending database migrations' }],
    description: 'Applies the pending migrations to the database DATABASE_URL names (data/duet.db when unset).',
    maxArguments: 0,
    run: async () => (await import('./migrate.ts')).migrateDatabase(),
  },
  setup: {
    forms: [{ usage: 'setup', summary: 'migrate, create the local secret, seed demo content' }],
    description:
      'Migrates the database, creates data/auth-secret when AUTH_SECRET is not set, and creates the demo\n' +
      'users and article unless DUET_SEED_DEMO=false.',
    maxArguments: 0,
    run: async () => (await import('./setup.ts')).setup(),
  },
  seed: {
    forms: [{ usage: 'seed', summary: 'create the demo users and article (never duplicates)' }],
    description: 'Creates the demo users and the published demo article; what exists already is left alone.',
    maxArguments: 0,
    run: async () => (await import('./seed.ts')).seed(),
  },
  start: {
    forms: [{ usage: 'start', summary: 'setup, build if needed, and serve on PORT (3000)' }],
    description: 'Runs setup, builds the app when the code is newer than the last build, and serves it on PORT (3000).',
    maxArguments: 0,
    run: async () => (await import('./start.ts')).start(),
  },
  user: {
    forms: [
      { usage: 'user create --email E --name N --role R [--password P]' },
      { usage: 'user list' },
      { usage: 'user disable --email E | user enable --email E' },
      { usage: 'user set-role --email E --role R' },
      { usage: 'user set-password --email E [--password P]', summary: 'ends their sessions; prints a generated password once' },
    ],
    description:
      'Manages accounts. Roles: admin, reviewer, translator. Without --password, create and set-password\n' +
      'print a generated password once. Disabling, a new role or a new password ends the account\'s\n' +
      'sessions; disabling and a new password also revoke its API tokens.',
    options: ['email', 'name', 'role', 'password'],
    maxArguments: 1,
    run: async ([subcommand], flags) => (await import('./users.ts')).runUserCommand(subcommand, flags),
  },
  token: {
    forms: [
      { usage: 'token create --email E [--label L]', summary: 'prints a new API token once' },
      { usage: 'token list --email E' },
      { usage: 'token revoke --id ID' },
    ],
    description: 'Manages personal API tokens. A new token is printed once; only its SHA-256 is stored.',
    options: ['email', 'label', 'id'],
    maxArguments: 1,
    run: async ([subcommand], flags) => (await import('./tokens.ts')).runTokenCommand(subcommand, flags),
  },
  import: {
    forms: [{ usage: 'import EN.md [--translation ZH.md] [--slug S] [--source-url URL]' }],
    description:
      'Imports an English Markdown article, with an existing Chinese translation aligned to it when\n' +
      '--translation is given, and prints a JSON summary (slug, segments, translatable, aligned, unaligned).\n' +
      'Files must be UTF-8 Markdown of at most 5 MB; when one is refused, nothing is created.',
    options: ['translation', 'slug', 'source-url'],
    maxArguments: 1,
    paths: { arguments: [0], options: ['translation'] },
    run: async (args, flags) => (await import('./articles.ts')).runImport(args, flags),
  },
  update: {
    forms: [{ usage: 'update SLUG EN.md', summary: 're-anchor an article on a new English version' }],
    description: 'Re-anchors an article on a new English version and prints a JSON summary (unchanged, changed, added, removed).',
    maxArguments: 2,
    paths: { arguments: [1] },
    run: async (args) => (await import('./articles.ts')).runUpdate(args),
  },
  assign: {
    forms: [{ usage: 'assign SLUG --email E', summary: 'assign a user to an article' }],
    description: 'Assigns the user with this e-mail to the article (assigning twice changes nothing) and prints who is assigned.',
    options: ['email'],
    maxArguments: 1,
    run: async (args, flags) => (await import('./assignments.ts')).runAssign(args, flags),
  },
  unassign: {
    forms: [{ usage: 'unassign SLUG --email E', summary: 'remove a user from an article' }],
    description: 'Removes the user with this e-mail from the article and prints who is still assigned.',
    options: ['email'],
    maxArguments: 1,
    run: async (args, flags) => (await import('./assignments.ts')).runUnassign(args, flags),
  },
  archive: {
    forms: [{ usage: 'archive SLUG [--undo]', summary: 'archive an article (or bring it back)' }],
    description:
      'Archives the article: it leaves the workspace lists and can no longer be changed; a published\n' +
      'version stays readable (unpublish it to take it down). --undo brings it back.',
    switches: ['undo'],
    maxArguments: 1,
    run: async (args, flags) => (await import('./article-admin.ts')).runArchive(args, flags),
  },
  delete: {
    forms: [{ usage: 'delete SLUG --confirm SLUG', summary: 'delete an article and everything in it' }],
    description:
      'Deletes the article with its segments, translations and their history, comments and publications,\n' +
      'and removes its reader pages. Give the slug twice (--confirm) to confirm. Cannot be undone.',
    options: ['confirm'],
    maxArguments: 1,
    run: async (args, flags) => (await import('./article-admin.ts')).runDelete(args, flags),
  },
  repo: {
    forms: [
      { usage: 'repo add NAME URL --sources GLOB --translations TEMPLATE [--branch main]', summary: 'sync with a Git repository' },
      { usage: 'repo sync NAME', summary: 'import new English sources, re-anchor changed ones' },
      { usage: 'repo push NAME [--branch duet/translations]', summary: 'commit published translations and push' },
      { usage: 'repo list' },
    ],
    description:
      'Syncs articles with a Git repository (any git URL or a local path). GLOB picks the English sources\n' +
      '(git\'s globs: *.md, _posts/**/*.md); TEMPLATE is where each translation lives, from {name} (the\n' +
      'file name without extension) and {dir} (its folder), e.g. zh/{name}.md. add checks that the branch\n' +
      'exists and GLOB matches a file. sync prints { imported, updated, unchanged, failed: [{ path, error }] };\n' +
      'push writes each published article\'s zh export to its translation path, commits on the branch\n' +
      '(default duet/translations) and pushes, printing { commit, files }. Credentials come from the URL\n' +
      'or DUET_GIT_TOKEN and are never printed.',
    options: ['sources', 'translations', 'branch'],
    maxArguments: 3,
    run: async (args, flags) => (await import('./repo.ts')).runRepoCommand(args, flags),
  },
  backup: {
    forms: [{ usage: 'backup FILE', summary: 'consistent copy of the SQLite database while it runs' }],
    description: 'Writes a consistent, integrity-checked copy of the SQLite database while Duet runs; never overwrites FILE.',
    maxArguments: 1,
    paths: { arguments: [0] },
    run: async ([file]) => (await import('./backup.ts')).backupDatabase(file),
  },
  restore: {
    forms: [{ usage: 'restore FILE', summary: 'replace the database with a checked backup (keeps the old one)' }],
    description:
      'Replaces the SQLite database with a backup, after checking that it is intact and has exactly the\n' +
      'schema Duet\'s migrations create; the replaced database is kept beside it. Stop Duet first.',
    maxArguments: 1,
    paths: { arguments: [0] },
    run: async ([file]) => (await import('./backup.ts')).restoreDatabase(file),
  },
  site: {
    forms: [
      { usage: 'site rebuild', summary: 'write every file of the reading site again' },
      { usage: 'site sync', summary: 'write only the site files that differ from the database' },
    ],
    description:
      'Builds the reading site (DUET_SITE_DIR, default data/site) from the database: every page, feed and\n' +
      'API file, gzip and brotli copies, each written atomically. A running server does `sync` at start,\n' +
      'after each publish and every second; `rebuild` is for after restoring files by hand.',
    maxArguments: 1,
    run: async ([subcommand]) => (await import('./site.ts')).runSiteCommand(subcommand),
  },
  export: {
    forms: [{ usage: `export SLUG --format ${exportFormats} [--untranslated omit|source] [--out FILE]` }],
    description:
      'Writes an article in one format to standard output, or to FILE with --out. --untranslated says what\n' +
      'to write for a segment without a translation: nothing (omit, the default) or the English (source).',
    options: ['format', 'untranslated', 'out'],
    maxArguments: 1,
    paths: { options: ['out'] },
    run: async (args, flags) => (await import('./articles.ts')).runExport(args, flags),
  },
  'import-xliff': {
    forms: [{ usage: 'import-xliff SLUG FILE [--dry-run]', summary: 'bring a translated XLIFF or PO file back' }],
    description:
      'Reads a translated XLIFF file (1.2 or 2.0, as exported and filled in by a CAT tool), or a PO file\n' +
      'exported with --format po, into the article:\n' +
      'each changed unit becomes a draft revision. Prints { applied, unchanged, conflicts, refused };\n' +
      'with --dry-run, prints the same and changes nothing.',
    switches: ['dry-run'],
    maxArguments: 2,
    paths: { arguments: [1] },
    run: async (args, flags) => (await import('./xliff.ts')).runImportXliff(args, flags),
  },
};

const summaryColumn = 42;

export const generalUsage = `Usage: duet <command> [arguments] [options]
       (in Duet's directory: npx duet …, or npm run -s duet -- …)

${Object.values(commands)
  .flatMap((command) => command.forms)
  .map(({ usage, summary }) => {
    if (!summary) return `  ${usage}`;
    return usage.length < summaryColumn ? `  ${usage.padEnd(summaryColumn)}${summary}` : `  ${usage}\n  ${''.padEnd(summaryColumn)}${summary}`;
  })
  .join('\n')}

duet <command> --help describes one command. Whoever can run duet owns the database; every change
is audited as "system".
`;

export function commandUsage(command: Command): string {
  const [first, ...rest] = command.forms.map((form) => `duet ${form.usage}`);
  return `Usage: ${[first, ...rest.map((line) => `       ${line}`)].join('\n')}\n\n${command.description}\n`;
}
