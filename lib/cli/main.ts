import path from 'node:path';
import { parseArgs } from 'node:util';
import { commandUsage, commands, generalUsage, type Command, type Flags } from './commands.ts';
import { UsageError } from './usage-error.ts';

/*
 * `duet <command>` (bin/duet.mjs, or `npm run -s duet -- <command>`): operating Duet from a shell.
 * Runs with full rights (whoever can run it owns the database); every change is still audited, as "system".
 */

const projectRoot = path.resolve(import.meta.dirname, '..', '..');

function findCommand(name: string | undefined): Command {
  if (name === undefined) throw new UsageError('No command given');
  if (name.startsWith('-')) throw new UsageError(`Unknown option: ${name} (the command comes first)`);
  if (!Object.hasOwn(commands, name)) throw new UsageError(`Unknown command: ${name}`);
  return commands[name] as Command;
}

function parse(command: Command, args: string[]): { args: string[]; flags: Flags; help: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        ...Object.fromEntries((command.options ?? []).map((name) => [name, { type: 'string' as const }])),
        ...Object.fromEntries((command.switches ?? []).map((name) => [name, { type: 'boolean' as const }])),
      },
    });
  } catch (error) {
    // Node's own wording, without its advice on positionals that start with '-'.
    if ((error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) throw new UsageError((error as Error).message.split('. To specify')[0]);
    throw error;
  }
  const { help, ...flags } = parsed.values;
  const unexpected = parsed.positionals[command.maxArguments];
  if (!help && unexpected !== undefined) throw new UsageError(`Unexpected argument: ${unexpected}`);
  // A switch given reads as '1', like an option's value.
  const values = Object.fromEntries(Object.entries(flags).map(([name, value]) => [name, value === true ? '1' : value]));
  return { args: parsed.positionals, flags: values as Flags, help: help === true };
}

/**
 * The app finds its database, secret and migrations from the working directory, so commands run in
 * Duet's directory (as under `npm run`); file names given from elsewhere are made relative to it.
 */
function moveToProjectRoot(command: Command, args: string[], flags: Flags): { args: string[]; flags: Flags } {
  const callerDir = process.cwd();
  process.chdir(projectRoot);
  const fromCaller = (file: string) => (path.isAbsolute(file) ? file : path.relative(projectRoot, path.resolve(callerDir, file)));
  return {
    args: args.map((value, index) => (command.paths?.arguments?.includes(index) ? fromCaller(value) : value)),
    flags: Object.fromEntries(
      Object.entries(flags).map(([name, value]) => [name, value !== undefined && command.paths?.options?.includes(name) ? fromCaller(value) : value]),
    ),
  };
}

/** Printed with a usage error: the command's own once it is known. */
let usage = generalUsage;

async function run(argv: string[]): Promise<void> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(rest[0] === undefined ? generalUsage : commandUsage(findCommand(rest[0])));
    return;
  }
  const command = findCommand(name);
  usage = commandUsage(command);
  const parsed = parse(command, rest);
  if (parsed.help) {
    process.stdout.write(usage);
    return;
  }
  const { args, flags } = moveToProjectRoot(command, parsed.args, parsed.flags);
  await command.run(args, flags);
}

run(process.argv.slice(2)).then(
  () => process.exit(process.exitCode ?? 0),
  (error: Error) => {
    if (error instanceof UsageError) console.error(`${error.message}\n\n${usage}`);
    else console.error(`Error: ${error.message}`);
    process.exit(error instanceof UsageError ? 64 : 1);
  },
);
