/**
 * `npm run bench:suite -- <git ref> [<git ref> …]`: what the README's test command (`npm test`) costs at each commit,
 * run one after another in one session, so that suites are compared on the same machine at the same time (a whole
 * suite's CPU seconds drift by a third or more between days on a shared machine). Each commit is cloned into a
 * temporary folder with this project's `../shared` linked beside it, set up as README command 1 does
 * (`bash scripts/setup.sh`: npm ci, the browser check, the build), then `npm test` runs once. Prints one Markdown row
 * per commit: CPU seconds (user + sys of the whole process tree), wall seconds, test files and tests.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs, stripVTControlCharacters } from 'node:util';
import { cpuSeconds } from './build.ts';

const { positionals: refs } = parseArgs({ allowPositionals: true });
if (!refs.length) {
  console.error('usage: npm run bench:suite -- <git ref> [<git ref> …]   (e.g. HEAD 8a0981c)');
  process.exit(2);
}

/** The last "Test Files …" and "Tests …" lines of Vitest's summary, without colours. */
function counts(output: string): string {
  const plain = stripVTControlCharacters(output);
  const last = (label: string) => [...plain.matchAll(new RegExp(`^\\s*${label}\\s+(.+)$`, 'gm'))].at(-1)?.[1] ?? '?';
  // Vitest separates its counts with `|`, which would split the table's cells.
  return `${last('Test Files')} · ${last('Tests')}`.replaceAll(' | ', ', ');
}

const rows: string[] = [];
for (const ref of refs) {
  const commit = execFileSync('git', ['rev-parse', '--short', ref], { encoding: 'utf8' }).trim();
  const dir = mkdtempSync(join(tmpdir(), `suite-${commit}-`));
  try {
    const root = join(dir, 'main');
    execFileSync('git', ['clone', '--quiet', '--no-checkout', resolve('.'), root]);
    execFileSync('git', ['-C', root, 'checkout', '--quiet', commit]);
    if (existsSync(resolve('../shared'))) symlinkSync(resolve('../shared'), join(dir, 'shared'));
    const env = { ...process.env, CI: 'true', ASTRO_TELEMETRY_DISABLED: '1' };
    process.stderr.write(`bench:suite: ${commit}: setting up…\n`);
    const setup = spawnSync('bash', ['scripts/setup.sh'], { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 28 });
    if (setup.status !== 0) throw new Error(`${commit}: setup failed:\n${setup.stdout}${setup.stderr}`);
    process.stderr.write(`bench:suite: ${commit}: npm test…\n`);
    const [cpu, start] = [cpuSeconds(), performance.now()];
    const test = spawnSync('npm', ['test'], { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 28 });
    const wall = (performance.now() - start) / 1000;
    const used = cpuSeconds() - cpu;
    const status = test.status === 0 ? 'passed' : `exit ${test.status}`;
    rows.push(`| ${commit} | ${used.toFixed(0)} | ${wall.toFixed(0)} | ${counts(test.stdout)} | ${status} |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const header = ['| commit | CPU s | wall s | test files · tests | result |', '| --- | ---: | ---: | --- | --- |'];
console.log([...header, ...rows].join('\n'));
