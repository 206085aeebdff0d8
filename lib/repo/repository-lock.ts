const queues = new Map<string, Promise<unknown>>();

/**
 * Runs `task` after every earlier task on the same repository has finished: a sync by hand and a
 * periodic one would otherwise share one working copy at the same time.
 */
export function withRepositoryLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(name) ?? Promise.resolve();
  const next = previous.then(task, task);
  const settled = next.catch(() => undefined);
  queues.set(name, settled);
  void settled.then(() => {
    if (queues.get(name) === settled) queues.delete(name);
  });
  return next;
}
