#!/usr/bin/env node
// `duet <command>`: runs lib/cli/main.ts, TypeScript, through tsx's loader and with the
// react-server condition that the app's server modules need (they import 'server-only').
import { spawn } from 'node:child_process';
import path from 'node:path';

const root = path.join(import.meta.dirname, '..');
let tsx;
try {
  tsx = import.meta.resolve('tsx');
} catch {
  console.error(`duet runs its TypeScript sources with tsx, which is not installed: run npm install in ${root}`);
  process.exit(1);
}

const child = spawn(process.execPath, ['--conditions=react-server', '--import', tsx, path.join(root, 'lib', 'cli', 'main.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  // The project's tsconfig (for its `@/` imports) wherever duet is run from.
  env: { ...process.env, TSX_TSCONFIG_PATH: path.join(root, 'tsconfig.json') },
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  if (signal === null) process.exit(code ?? 1);
  // Die of the same signal, so whoever ran duet sees how it ended.
  process.removeAllListeners(signal);
  process.kill(process.pid, signal);
});
