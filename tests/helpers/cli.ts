/** The compiled `playbook` bin (this test run's, see cli-setup.ts) as a real process: exit codes, stdout and stderr, signals. */
import { spawn, spawnSync, type ChildProcess, type StdioOptions } from 'node:child_process';
import { format } from 'node:util';
import { inject, vi } from 'vitest';

/** This process's environment with OUT_DIR at the test build's snapshot, then `env` on top. */
function cliEnv(env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, OUT_DIR: inject('cliSnapshot'), ...env };
}

/** Runs `playbook <args>` to completion; returns its exit code, signal, stdout and stderr. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}, timeout?: number) {
  const r = spawnSync(process.execPath, [inject('cliBin'), ...args], { encoding: 'utf8', env: cliEnv(env), timeout });
  return { code: r.status, signal: r.signal, out: r.stdout, err: r.stderr };
}

/** Starts `playbook <args>` without waiting (for the tests that signal it). */
export function startCli(args: string[], env: NodeJS.ProcessEnv = {}, stdio?: StdioOptions): ChildProcess {
  return spawn(process.execPath, [inject('cliBin'), ...args], { env: cliEnv(env), stdio });
}

/**
 * Runs a command's `main` in this process, capturing what it prints: for the tests where the process boundary is not
 * what is tested (a spawned bin costs a Node start and its imports; this costs a function call).
 */
export async function inProcess(main: (argv: string[]) => Promise<number>, args: string[]) {
  const printed = { out: [] as unknown[][], err: [] as unknown[][] };
  const log = vi.spyOn(console, 'log').mockImplementation((...line) => void printed.out.push(line));
  const error = vi.spyOn(console, 'error').mockImplementation((...line) => void printed.err.push(line));
  const text = (lines: unknown[][]) => lines.map((line) => `${format(...line)}\n`).join('');
  try {
    const code = await main(args);
    return { code, out: text(printed.out), err: text(printed.err) };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}
