/*
 * Child processes in their own process group, so that ending one ends everything it started, and
 * only that: nothing is ever looked up or killed by name. A group is also ended when the benchmark
 * exits or is interrupted (Ctrl-C reaches only the terminal's foreground group, not these).
 */
export function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group has ended already.
  }
}

/** Ends the group if the benchmark exits or is interrupted first; call the result once it has ended. */
export function endGroupWithUs(pid: number): () => void {
  const onExit = () => killGroup(pid, 'SIGKILL');
  const onSignal = (signal: NodeJS.Signals) => {
    killGroup(pid, 'SIGKILL');
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('exit', onExit);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return () => {
    process.removeListener('exit', onExit);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  };
}
