/** What every command shares: usage errors exit 2, and a command file still runs on its own under tsx. */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Ends a command with an exit code once it has said why; the command's `main` returns the code. */
export class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
    this.name = 'Exit';
  }
}

/** Prints the problem and the usage text, then ends the command with exit 2. */
export function exitWithUsage(command: string, usage: string, message: string): never {
  console.error(`${command}: ${message}\n${usage}`);
  throw new Exit(2);
}

/** Runs a command's body: an Exit thrown on the way becomes the exit code; any other error is a bug and propagates. */
export async function exitCode(body: () => number | Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof Exit) return error.code;
    throw error;
  }
}

/**
 * Runs `main` when the module at `url` is the script node was started with, as in `tsx src/cli/validate.ts`: a
 * command module imported by the `playbook` bin, a test or the bundle (where it is no longer a .ts file) does nothing.
 */
export function runAsScript(url: string, main: (argv: string[]) => Promise<number>): void {
  if (!url.endsWith('.ts') || scriptUrl() !== url) return;
  void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}

function scriptUrl(): string | undefined {
  try {
    return pathToFileURL(realpathSync(process.argv[1] ?? '')).href;
  } catch {
    return undefined;
  }
}
