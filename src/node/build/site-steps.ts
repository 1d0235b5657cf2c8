/** The real build: `astro build`, then the downloads step, each a child process writing into the temporary folder. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { childEnv, settings } from '../config.ts';
import { BrowserNotFoundError, findChrome } from '../pdf/chromium.ts';
import { project } from '../project.ts';
import { BuildError, type BuildSteps } from './atomic-build.ts';
import { siteProblems } from './site-problems.ts';

/** Runs one step with OUT_DIR set to `dir`; settles only once the process has exited, so nothing writes after. */
function step(name: string, args: string[], dir: string, signal: AbortSignal): Promise<void> {
  return new Promise((done, failed) => {
    const child = spawn(process.execPath, args, {
      cwd: project().root,
      stdio: 'inherit',
      env: childEnv({ OUT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1' }),
      signal,
    });
    let spawnError: Error | undefined;
    child.on('error', (error) => (spawnError = error));
    child.on('close', (code, killed) => {
      if (code === 0) return done();
      const how = spawnError && !signal.aborted ? spawnError.message : killed ? `stopped by ${killed}` : `exit ${code}`;
      failed(new BuildError(`${name} failed (${how})`));
    });
  });
}

/**
 * A browser to print with, Astro's pages, then the example playbooks and PDFs; checked for the home page and every
 * download link. `downloads` is how Node runs the downloads step: the compiled script beside the compiled build
 * (dist-cli/build-downloads.mjs), or the source under tsx.
 */
export function siteSteps(downloads: string[]): BuildSteps {
  const { root } = project();
  return {
    async build(dir, signal) {
      // The downloads need a browser: said at once, not after a minute of pages.
      try {
        findChrome();
      } catch (error) {
        if (error instanceof BrowserNotFoundError) throw new BuildError(`cannot print PDFs: ${error.message}`);
        throw error;
      }
      await step('astro build', [join(root, 'node_modules', 'astro', 'astro.js'), 'build'], dir, signal);
      if (signal.aborted) throw new BuildError('stopped');
      await step('the downloads step', downloads, dir, signal);
    },
    check: (dir) => siteProblems(dir, settings().base, settings().siteUrl),
  };
}
