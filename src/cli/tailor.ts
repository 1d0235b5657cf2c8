/** `npm run playbook -- --profile <file|folder> [--format md,html,json,pdf] [--out DIR] [--paper a4|letter]`: tailored playbooks. */
import { parseArgs } from 'node:util';
import { generate, UsageError } from '../node/generate.ts';

const USAGE = `usage: npm run playbook -- --profile <file or folder> [--format md,html,json,pdf] [--out DIR] [--paper a4|letter]
  --profile  an org profile (.yaml, .yml, .json) or a folder of them
  --format   comma-separated formats (default: all of md,html,json,pdf)
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
  process.exitCode = await generate({
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
  throw error;
}
