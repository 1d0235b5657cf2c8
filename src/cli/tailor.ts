/** `npm run playbook -- --profile <file|folder> [--format md,html,json,pdf,ics] [--out DIR] [--paper a4|letter]`: tailored playbooks. */
import { parseArgs } from 'node:util';
import { run } from '../node/tailor-command/run.ts';
import { UsageError } from '../node/tailor-command/usage-error.ts';
import { ConfigError } from '../node/config.ts';
import { fsErrorLine, isFsError } from '../node/fs-errors.ts';

const USAGE = `usage: npm run playbook -- --profile <file or folder> [--format md,html,json,pdf,ics] [--out DIR] [--paper a4|letter]
  --profile  an org profile (.yaml, .yml, .json) or a folder of them
  --format   comma-separated formats (default: all of md,html,json,pdf,ics)
  --out      output folder (default: out/playbooks); writes DIR/<slug>/playbook.<ext>
  --paper    PDF paper size (default: a4)`;

try {
  const { values } = parseArgs({
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
    process.exit(0);
  }
  process.exitCode = await run({
    profile: values.profile,
    format: values.format,
    out: values.out,
    paper: values.paper,
  });
} catch (error) {
  if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`playbook: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (error instanceof ConfigError) {
    console.error(`playbook: ${error.message}`);
    process.exit(2);
  }
  // The last net: a file-system error no step foresaw is still one line, not a stack trace.
  if (isFsError(error)) {
    console.error(`playbook: ${fsErrorLine(error, 'cannot use')}`);
    process.exit(1);
  }
  throw error;
}
