/** Ctrl-C and `kill`: clean up what this run started, then exit with the shell's codes (130 SIGINT, 143 SIGTERM). */

const CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/** Whether a process is still running: a folder named after a live process belongs to a run in progress. */
export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Until the returned function is called, SIGINT and SIGTERM run `cleanup` and exit 130 or 143. A synchronous cleanup
 * runs within the signal's own tick, so no other code of this run writes after it; a second signal exits at once.
 */
export function onInterrupt(cleanup: () => void | Promise<void>): () => void {
  let stopping = false;
  const handlers = (Object.keys(CODES) as (keyof typeof CODES)[]).map((signal) => {
    const exit = () => process.exit(CODES[signal]);
    const handler = () => {
      if (stopping) exit();
      stopping = true;
      try {
        const pending = cleanup();
        if (pending instanceof Promise) return void pending.catch(() => undefined).finally(exit);
      } catch {
        // Exiting matters more than a cleanup that failed half-way; the next run tidies the rest.
      }
      exit();
    };
    process.on(signal, handler);
    return () => process.off(signal, handler);
  });
  return () => handlers.forEach((off) => off());
}
