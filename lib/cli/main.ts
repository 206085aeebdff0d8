import { parseArgs } from 'node:util';
import { migrateDatabase } from './migrate.ts';
import { UsageError } from './usage-error.ts';

/*
 * `npm run duet -- <command>`: operating Duet from a shell. Runs with full rights (whoever can run it
 * owns the database); every change is still audited, as "system".
 */

const usage = `Usage: npm run -s duet -- <command>

  migrate                                   apply pending database migrations
  setup                                     migrate, create the local secret, seed demo content
  seed                                      create the demo users and article (never duplicates)
  start                                     setup, build if needed, and serve on PORT (3000)
  user create --email E --name N --role R [--password P]
  user list
  user disable --email E | user enable --email E
  user set-role --email E --role R
  user set-password --email E [--password P]
                                            ends their sessions; prints a generated password once
  token create --email E [--label L]        prints a new API token once
  token list --email E
  token revoke --id ID
  import EN.md [--translation ZH.md] [--slug S] [--source-url URL]
  update SLUG EN.md                         re-anchor an article on a new English version
  backup FILE                               consistent copy of the SQLite database while it runs
  restore FILE                              replace the database with a checked backup (keeps the old one)
  export SLUG --format source|zh|seed|bilingual|xliff|xliff12|tmx [--untranslated omit|source] [--out FILE]
`;

type Flags = Record<string, string | undefined>;

function parse(args: string[]): { positionals: string[]; flags: Flags } {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      password: { type: 'string' },
      label: { type: 'string' },
      id: { type: 'string' },
      translation: { type: 'string' },
      slug: { type: 'string' },
      'source-url': { type: 'string' },
      format: { type: 'string' },
      untranslated: { type: 'string' },
      out: { type: 'string' },
    },
  });
  return { positionals, flags: values as Flags };
}

async function run(args: string[]): Promise<void> {
  const { positionals, flags } = parse(args);
  const [command, subcommand] = positionals;
  switch (command) {
    case 'migrate':
      return migrateDatabase();
    case 'setup':
      return (await import('./setup.ts')).setup();
    case 'seed':
      return (await import('./seed.ts')).seed();
    case 'start':
      return (await import('./start.ts')).start();
    case 'user':
      return (await import('./users.ts')).runUserCommand(subcommand, flags);
    case 'import':
      return (await import('./articles.ts')).runImport(positionals.slice(1), flags);
    case 'update':
      return (await import('./articles.ts')).runUpdate(positionals.slice(1));
    case 'export':
      return (await import('./articles.ts')).runExport(positionals.slice(1), flags);
    case 'backup':
      return (await import('./backup.ts')).backupDatabase(positionals[1]);
    case 'restore':
      return (await import('./backup.ts')).restoreDatabase(positionals[1]);
    case 'token':
      return (await import('./tokens.ts')).runTokenCommand(subcommand, flags);
    default:
      throw new UsageError(command ? `Unknown command: ${command}` : 'No command given');
  }
}

run(process.argv.slice(2)).then(
  () => process.exit(process.exitCode ?? 0),
  (error: Error) => {
    if (error instanceof UsageError) console.error(`${error.message}\n\n${usage}`);
    else console.error(`Error: ${error.message}`);
    process.exit(error instanceof UsageError ? 64 : 1);
  },
);
