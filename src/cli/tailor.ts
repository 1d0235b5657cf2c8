/** `playbook tailor --profile <file|folder> [--format md,html,json,pdf,ics] [--out DIR] [--paper a4|letter]` (`npm run playbook --`): tailored playbooks. */
import { parseArgs } from 'node:util';
import { run } from '../node/tailor-command/run.ts';
import { UsageError } from '../node/tailor-command/usage-error.ts';
import { ConfigError } from '../node/config.ts';
import { snapshotLibrary } from '../node/snapshot-library.ts';
import { fsErrorLine, isFsError } from '../node/fs-errors.ts';
import { runAsScript } from './common.ts';

const USAGE = `usage: npm run playbook -- --profile <file or folder> [--format md,html,json,pdf,ics] [--out DIR] [--paper a4|letter]
  --profile  an org profile (.yaml, .yml, .json) or a folder of them
  --format   comma-separated formats (default: all of md,html,json,pdf,ics)
  --out      output folder (default: out/playbooks); writes DIR/<slug>/playbook.<ext>
  --paper    PDF paper size (default: the config's paper, else a4)`;

/**
 * Runs `playbook tailor` with these arguments; returns the exit code (0 done, 1 invalid input or unsafe target,
 * 2 usage error). SIGINT and SIGTERM exit 130 and 143 from their handlers while the folders are written.
 */
export async function main(argv: string[]): Promise<number> {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        profile: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        paper: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    const flags = { profile: values.profile, format: values.format, out: values.out, paper: values.paper };
    return await run(flags, undefined, checkedLibrary());
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`playbook: ${(error as Error).message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof ConfigError) {
      console.error(`playbook: ${error.message}`);
      return 2;
    }
    // The last net: a file-system error no step foresaw is still one line, not a stack trace.
    if (isFsError(error)) {
      console.error(`playbook: ${fsErrorLine(error, 'cannot use')}`);
      return 1;
    }
    throw error;
  }
}

/** The last build's validated library, when the content is still the build's: no need to read and check it again. */
function checkedLibrary(): ReturnType<typeof snapshotLibrary> {
  try {
    return snapshotLibrary();
  } catch (error) {
    // A bad setting is reported by run(), in the order it checks things (flags first).
    if (!(error instanceof ConfigError)) throw error;
    return undefined;
  }
}

runAsScript(import.meta.url, main);
