/** `npm run build` is all or nothing: a failed, incomplete or interrupted build leaves the earlier site as it was. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildError, buildAtomically, recoverBuild, type BuildSteps } from '../../src/node/build/atomic-build.ts';
import { siteProblems } from '../../src/node/build/site-problems.ts';
import { MANIFEST, writeManifest } from '../../src/node/manifest.ts';

const work = mkdtempSync(join(tmpdir(), 'playbook-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A folder holding an earlier site (a page, a download, the manifest a finished build leaves); returns `dist`. */
function earlierSite(): string {
  const out = join(mkdtempSync(join(work, 'site-')), 'dist');
  mkdirSync(join(out, 'downloads'), { recursive: true });
  writeFileSync(join(out, 'index.html'), 'old page');
  writeFileSync(join(out, 'downloads', 'old.pdf'), 'old pdf');
  writeManifest(out, 'site', ['index.html', 'downloads']);
  return out;
}
/** Everything in a folder, as relative path → text. */
function contents(dir: string, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? Object.entries(contents(dir, join(prefix, e.name)))
        : [[join(prefix, e.name), readFileSync(join(dir, prefix, e.name), 'utf8')]],
    ),
  );
}
/** Temporary and aside folders a build left beside `out`. */
const beside = (out: string) => readdirSync(dirname(out)).filter((n) => n.startsWith(`${basename(out)}.`));

const PAGE =
  '<a href="/downloads/examples/acme/playbook.pdf">PDF</a> <a href="https://example.com/downloads/x">elsewhere</a>';
/** A stand-in for astro and the downloads step: a page linking a download, which it writes unless told not to. */
function fakeBuild(options: { download?: boolean; fail?: boolean } = {}): BuildSteps & { calls: number } {
  const steps = {
    calls: 0,
    async build(dir: string) {
      steps.calls++;
      writeFileSync(join(dir, 'index.html'), PAGE);
      if (options.fail) throw new BuildError('astro build failed (exit 1)');
      mkdirSync(join(dir, 'downloads', 'examples', 'acme'), { recursive: true });
      if (options.download !== false) writeFileSync(join(dir, 'downloads', 'examples', 'acme', 'playbook.pdf'), 'new');
    },
    check: (dir: string) => siteProblems(dir, '/'),
  };
  return steps;
}

describe('an atomic build', () => {
  it('swaps the new site in when it is complete, with its manifest, and leaves nothing beside it', async () => {
    const out = earlierSite();
    await buildAtomically(out, fakeBuild());
    expect(Object.keys(contents(out)).sort()).toEqual([MANIFEST, 'downloads/examples/acme/playbook.pdf', 'index.html']);
    expect(JSON.parse(readFileSync(join(out, MANIFEST), 'utf8'))).toMatchObject({
      generator: 'playbook',
      kind: 'site',
      files: ['downloads', 'index.html'],
    });
    expect(beside(out)).toEqual([]);
  });

  it('keeps the earlier site when the build fails', async () => {
    const out = earlierSite();
    const before = contents(out);
    await expect(buildAtomically(out, fakeBuild({ fail: true }))).rejects.toThrow(/astro build failed/);
    expect(contents(out)).toEqual(before);
    expect(beside(out)).toEqual([]);
  });

  it('keeps the earlier site when a page links a download that was not built', async () => {
    const out = earlierSite();
    const before = contents(out);
    await expect(buildAtomically(out, fakeBuild({ download: false }))).rejects.toThrow(
      'index.html links to /downloads/examples/acme/playbook.pdf, which was not built',
    );
    expect(contents(out)).toEqual(before);
    expect(beside(out)).toEqual([]);
  });

  it('refuses to replace a folder it did not build, before building', async () => {
    const out = join(mkdtempSync(join(work, 'mine-')), 'Documents');
    mkdirSync(out);
    writeFileSync(join(out, 'taxes.txt'), 'mine');
    const steps = fakeBuild();
    await expect(buildAtomically(out, steps)).rejects.toThrow(
      `${out} exists and was not written by playbook (no ${MANIFEST}); set OUT_DIR to another folder or remove it yourself`,
    );
    expect(steps.calls).toBe(0);
    expect(contents(out)).toEqual({ 'taxes.txt': 'mine' });
  });

  it('replaces a site built before builds carried a manifest (recognised by its index.html, _astro/ and downloads/)', async () => {
    const out = join(mkdtempSync(join(work, 'legacy-')), 'dist');
    for (const d of ['_astro', 'downloads']) mkdirSync(join(out, d), { recursive: true });
    writeFileSync(join(out, 'index.html'), 'old');
    await buildAtomically(out, fakeBuild());
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(PAGE);
  });

  it('after a SIGKILL, the next build removes the temporary folder and puts back a site moved aside', () => {
    const parent = mkdtempSync(join(work, 'killed-'));
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const out = join(parent, 'dist');
    mkdirSync(join(parent, `dist.tmp-${dead}`));
    writeFileSync(join(parent, `dist.tmp-${dead}`, 'half.html'), 'half');
    const aside = join(parent, `dist.old-${dead}`);
    mkdirSync(aside);
    writeFileSync(join(aside, 'index.html'), 'old');
    writeManifest(aside, 'site', ['index.html']);
    mkdirSync(join(parent, `dist.old-${dead + 1}`));
    writeFileSync(join(parent, `dist.old-${dead + 1}`, 'notes.txt'), 'not a site');
    mkdirSync(join(parent, `dist.tmp-${process.pid}`));

    recoverBuild(out);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('old');
    // A running build keeps its folder; a folder that is not a site is never touched.
    expect(readdirSync(parent).sort()).toEqual(['dist', `dist.old-${dead + 1}`, `dist.tmp-${process.pid}`].sort());
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    '%s stops the build, removes the temporary folder and exits %i',
    { timeout: 60_000 },
    async (signal, code) => {
      const out = earlierSite();
      const before = contents(out);
      const script = join(work, `interrupted-${signal}.mts`);
      writeFileSync(
        script,
        `import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAtomically } from ${JSON.stringify(resolve('src/node/build/atomic-build.ts'))};
try {
  await buildAtomically(process.argv[2]!, {
    async build(dir, signal) {
      writeFileSync(join(dir, 'index.html'), 'new');
      console.log('building');
      // Like a child process, the timer keeps the event loop alive until the build is stopped.
      const working = setInterval(() => {}, 1000);
      await new Promise((_, reject) =>
        signal.addEventListener('abort', () => setTimeout(() => (clearInterval(working), reject(new Error('stopped'))), 100)),
      );
    },
    check: () => [],
  });
} catch {
  process.exitCode = 1;
}
`,
      );
      const child = spawn(process.execPath, ['--import', 'tsx', script, out], { stdio: ['ignore', 'pipe', 'inherit'] });
      const closed = new Promise<number | null>((done) => child.on('close', (c) => done(c)));
      await Promise.race([
        new Promise<void>((started) => child.stdout.on('data', (d: Buffer) => d.includes('building') && started())),
        closed.then((c) => expect.fail(`the build ended (exit ${c}) before it started`)),
      ]);
      expect(beside(out)).toHaveLength(1);
      child.kill(signal);
      expect(await closed).toBe(code);
      expect(contents(out)).toEqual(before);
      expect(beside(out)).toEqual([]);
    },
  );
});

describe('the download check', () => {
  it('resolves links under the base path, relative links and SITE_URL links; ignores other hosts', () => {
    const dir = mkdtempSync(join(work, 'links-'));
    mkdirSync(join(dir, 'examples', 'acme'), { recursive: true });
    mkdirSync(join(dir, 'downloads', 'examples', 'acme'), { recursive: true });
    writeFileSync(join(dir, 'downloads', 'examples', 'acme', 'playbook.md'), '#');
    writeFileSync(join(dir, 'index.html'), '<a href="/kb/downloads/examples/acme/playbook.md">ok</a>');
    writeFileSync(
      join(dir, 'examples', 'acme', 'index.html'),
      [
        '<a href="../../downloads/examples/acme/playbook.pdf">relative</a>',
        '<a href="https://kb.example.com/kb/downloads/playbooks/x.pdf">absolute</a>',
        '<a href="https://other.example/kb/downloads/y.pdf">other host</a>',
      ].join(''),
    );
    expect(siteProblems(dir, '/kb/', 'https://kb.example.com')).toEqual([
      'examples/acme/index.html links to /kb/downloads/examples/acme/playbook.pdf, which was not built',
      'examples/acme/index.html links to /kb/downloads/playbooks/x.pdf, which was not built',
    ]);
    rmSync(join(dir, 'index.html'));
    expect(siteProblems(dir, '/kb/')).toEqual([`${dir} has no index.html: the pages were not built`]);
  });
});

describe('npm run build', () => {
  it('without a browser fails and leaves the earlier site and nothing beside it', { timeout: 180_000 }, () => {
    const out = earlierSite();
    writeFileSync(join(out, 'marker.txt'), 'earlier build');
    writeManifest(out, 'site', ['index.html', 'downloads', 'marker.txt']);
    const env: NodeJS.ProcessEnv = { ...process.env, CHROME_PATH: '/nonexistent', OUT_DIR: out };
    // Vitest's own variables (BASE_URL, MODE, …) would override Astro's.
    for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'VITEST', 'VITEST_MODE', 'NODE_ENV'])
      delete env[key];
    for (const key of Object.keys(env)) if (key.startsWith('VITEST_')) delete env[key];
    const r = spawnSync('npm', ['run', '--silent', 'build'], { env, encoding: 'utf8', timeout: 170_000 });
    expect(r.status, r.stderr).not.toBe(0);
    // It says so before building anything (the pages would take a minute, and the PDFs cannot be printed).
    expect(r.stderr).toMatch(/cannot print PDFs: No Chromium found/);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/page\(s\) built|\[build\]/);
    expect(r.stderr).toMatch(/build: the earlier site, if any, is unchanged/);
    expect(readFileSync(join(out, 'marker.txt'), 'utf8')).toBe('earlier build');
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(beside(out)).toEqual([]);
  });
});
