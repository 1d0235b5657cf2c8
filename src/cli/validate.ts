/** `playbook validate` (`npm run validate`): loads and cross-checks the content folder without building the site; exit 1 on any problem. */
import { parseArgs } from 'node:util';
import { loadLibrary, ValidationError } from '../node/library/index.ts';
import { ConfigError, settings } from '../node/config.ts';
import { exitCode, exitWithUsage, runAsScript } from './common.ts';

const USAGE = `usage: npm run validate
Checks the content folders (the config's content list, or CONTENT_DIR; default content/) against their schemas
and their cross-references, without building the site. Exit 0 valid, 1 problems, 2 usage error.`;

/** Runs `playbook validate` with these arguments; returns the exit code (0 valid, 1 problems, 2 usage error). */
export function main(argv: string[]): Promise<number> {
  return exitCode(() => {
    try {
      if (parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h' } }, strict: true }).values.help) {
        console.log(USAGE);
        return 0;
      }
    } catch (error) {
      exitWithUsage('validate', USAGE, (error as Error).message);
    }
    try {
      const lib = loadLibrary();
      console.log(
        `content ok: ${lib.tactics.length} tactics, ${lib.playbooks.length} playbooks, ${lib.situations.length} situations, ` +
          `${lib.sources.length} sources, ${lib.profiles.length} profiles`,
      );
      return 0;
    } catch (error) {
      if (error instanceof ConfigError) exitWithUsage('validate', '', error.message);
      if (!(error instanceof ValidationError)) throw error;
      console.error(error.message);
      console.error(
        `${error.problems.length} problem(s) in ${settings()
          .contentDirs.map((d) => `${d}/`)
          .join(', ')}`,
      );
      return 1;
    }
  });
}

runAsScript(import.meta.url, main);
