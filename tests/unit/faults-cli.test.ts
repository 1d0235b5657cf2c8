/** The playbook command against hostile or unlucky inputs and targets: ownership, interruption, odd files, full disks. */
import { execFileSync, spawnSync } from 'node:child_process';
import type * as fs from 'node:fs';
import {
  chmodSync,
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  watch,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, inject, it, vi } from 'vitest';
import { parseProfile } from '../../src/core/parse-profile.ts';
import { MANIFEST, writeManifest } from '../../src/node/manifest.ts';
import { readProfiles } from '../../src/node/tailor-command/profiles.ts';
import { checkOutDir } from '../../src/node/tailor-command/out-dir.ts';
import { asideName, recoverOutput, stagingPrefix } from '../../src/node/tailor-command/recover.ts';
import { removeOwn } from '../../src/node/replace-dir.ts';
import { run, type Checked } from '../../src/node/tailor-command/run.ts';
import { snapshotLibrary } from '../../src/node/snapshot-library.ts';
import type { Progress } from '../../src/node/tailor-command/progress.ts';
import { runCli, startCli } from '../helpers/cli.ts';

/** Disk faults on demand: a real EROFS or ENOSPC cannot be made without root-only mounts, so fs calls are wrapped. */
const faults = vi.hoisted(() => ({
  mkdtemp: undefined as string | undefined,
  write: undefined as string | undefined,
  renameIn: undefined as string | undefined,
  /** After this many more removals, rmSync throws, as if the process were killed there. */
  removals: undefined as number | undefined,
}));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof fs>();
  const fault = (code: string, syscall: string, path: string) =>
    Object.assign(new Error(`${code}: simulated, ${syscall} '${path}'`), { code, errno: -1, syscall, path });
  return {
    ...real,
    mkdtempSync: (prefix: string, ...rest: []) => {
      if (faults.mkdtemp) throw fault(faults.mkdtemp, 'mkdtemp', `${prefix}XXXXXX`);
      return real.mkdtempSync(prefix, ...rest);
    },
    renameSync: (from: string, to: string) => {
      if (faults.renameIn && from.includes('.staging-')) throw fault(faults.renameIn, 'rename', from);
      return real.renameSync(from, to);
    },
    rmSync: (...args: Parameters<typeof real.rmSync>) => {
      if (faults.removals !== undefined && faults.removals-- <= 0) throw new Error('killed while removing');
      return real.rmSync(...args);
    },
    writeFileSync: (...args: Parameters<typeof real.writeFileSync>) => {
      if (faults.write && String(args[0]).endsWith('.html')) throw fault(faults.write, 'open', String(args[0]));
      return real.writeFileSync(...args);
    },
  };
});
afterEach(() => {
  vi.restoreAllMocks();
  faults.mkdtemp = undefined;
  faults.write = undefined;
  faults.renameIn = undefined;
  faults.removals = undefined;
});

const work = mkdtempSync(join(tmpdir(), 'playbook-faults-'));
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(work, { recursive: true, force: true });
});

const OLD_EPOCH = '1767225600'; // 2026-01-01
const NEW_EPOCH = '1769904000'; // 2026-02-01
// In-process runs (settings are read on first use) are dated like the spawned "new" runs, and read the test build's
// snapshot like the bin.
vi.stubEnv('SOURCE_DATE_EPOCH', NEW_EPOCH);
vi.stubEnv('OUT_DIR', inject('cliSnapshot'));
let checked: Checked | undefined;
/**
 * `playbook tailor` in this process with the library the bin uses: the build's snapshot, read once (as the bin's
 * `main` does; without one, `run` loads the content itself). Saves reading and validating the content.
 */
const runTailor = (flags: Parameters<typeof run>[0], log: Progress) => run(flags, log, (checked ??= snapshotLibrary()));
const STAGES = ['startup', 'scaleup', 'enterprise'];
const READERS = ['pm', 'pmm', 'pm-leader', 'pmm-leader', 'sales', 'executive'];
const profileText = (company: string, i = 0) =>
  `company: ${company}\nstage: ${STAGES[i % 3]}\nreader: ${READERS[i % 6]}\nrelationship: ${i % 2 ? 'strained' : 'healthy'}\n`;

/** Runs `playbook tailor` (the compiled bin) to completion with a fixed date. */
function cli(args: string[], epoch = OLD_EPOCH, timeout = 60_000) {
  const started = Date.now();
  const r = runCli(['tailor', ...args], { SOURCE_DATE_EPOCH: epoch }, timeout);
  return { ...r, ms: Date.now() - started };
}
/** Starts `playbook tailor` without waiting, for the tests that signal it. */
function start(args: string[], epoch = NEW_EPOCH) {
  const child = startCli(['tailor', ...args], { SOURCE_DATE_EPOCH: epoch }, ['ignore', 'ignore', 'pipe']);
  let err = '';
  let closed = false;
  child.stderr!.on('data', (d: Buffer) => (err += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; err: string }>((done) =>
    child.on('close', (code, signal) => {
      closed = true;
      done({ code, signal, err });
    }),
  );
  return { child, exited, closed: () => closed };
}
const dir = (name: string) => mkdtempSync(join(work, `${name}-`));
/** A folder of `n` valid profiles with different companies. */
function profileFolder(n: number, name = 'batch'): string {
  const folder = dir(name);
  for (let i = 0; i < n; i++) writeFileSync(join(folder, `p${i}.yaml`), profileText(`Fault Test ${i}`, i));
  return folder;
}
/** Every file of every company folder (hidden staging and aside folders apart), by slug then name. */
function snapshot(out: string): Record<string, Record<string, string>> {
  return Object.fromEntries(
    readdirSync(out)
      .filter((n) => !n.startsWith('.'))
      .map((slug) => [slug, companyFiles(join(out, slug))]),
  );
}
const companyFiles = (folder: string) =>
  Object.fromEntries(
    readdirSync(folder)
      .sort()
      .map((f) => [f, readFileSync(join(folder, f), 'latin1')]),
  );
const leftovers = (out: string) => readdirSync(out).filter((n) => /^\.(staging|aside)-/.test(n));
/** The 32-bit mulberry PRNG: the same seed gives the same kill delays, so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** Makes a named pipe with the system's mkfifo (Node has no mkfifo of its own). */
const mkfifo = (path: string, command = 'mkfifo') => execFileSync(command, [path]);
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
/**
 * Resolves once a run has created its staging folder in `out` (it has then started writing), or has ended: on the
 * folder's change events, not by polling it, so the moment is exact and nothing spins while the run starts.
 */
function untilStaging(out: string, run: { exited: Promise<unknown>; closed: () => boolean }, timeout = 60_000) {
  const staged = () => readdirSync(out).some((n) => n.startsWith('.staging-'));
  return new Promise<void>((done, failed) => {
    const finish = (error?: Error) => {
      watcher.close();
      clearTimeout(timer);
      if (error) failed(error);
      else done();
    };
    const watcher = watch(out, () => staged() && finish());
    const timer = setTimeout(() => finish(new Error(`no staging folder in ${out} after ${timeout} ms`)), timeout);
    void run.exited.then(() => finish());
    if (staged() || run.closed()) finish();
  });
}
/** A process id that is certainly not running: a child that has already exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;
const quiet: Progress = { step: () => {}, wrote: () => {}, done: () => {} };

describe('ownership: only folders playbook wrote are replaced', () => {
  it('refuses a company named "src" over an unrelated src/ folder, and writes nothing', () => {
    const out = realpathSync(dir('out'));
    mkdirSync(join(out, 'src'));
    writeFileSync(join(out, 'src', 'main.c'), 'int main() {}\n');
    const profile = join(dir('in'), 'src.yaml');
    writeFileSync(profile, profileText('src'));
    const r = cli(['--profile', profile, '--format', 'md', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      `playbook: ${join(out, 'src')} exists and was not written by playbook (no ${MANIFEST}); choose another --out or remove it yourself`,
    );
    expect(readFileSync(join(out, 'src', 'main.c'), 'utf8')).toBe('int main() {}\n');
    expect(readdirSync(out)).toEqual(['src']);
  });

  it.each([
    [
      'a playbook folder holding a file playbook did not write',
      'notes.txt',
      /holds files playbook did not write \(notes\.txt\)/,
    ],
    ['a file where the folder would go', undefined, /is a file, not a folder playbook wrote/],
  ])('refuses %s', async (_name, extra, message) => {
    const out = dir('out');
    const target = join(out, 'fault-test-0');
    if (extra) {
      mkdirSync(target);
      writeFileSync(join(target, 'playbook.md'), 'old');
      writeManifest(target, 'playbook', ['playbook.md']);
      writeFileSync(join(target, extra), 'mine');
    } else writeFileSync(target, 'mine');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const code = await runTailor({ profile: profileFolder(1), format: 'md', out }, quiet);
    expect(code).toBe(1);
    expect(errors.mock.calls.flat().join('\n')).toMatch(message);
    errors.mockRestore();
    expect(extra ? readFileSync(join(target, extra), 'utf8') : readFileSync(target, 'utf8')).toBe('mine');
    expect(leftovers(out)).toEqual([]);
  });

  it('exits 2 for --out at the file-system root', () => {
    const r = cli(['--profile', 'content/profiles', '--out', '/']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/playbook: --out: \/ is the root of the file system/);
  });

  it('exits 2 for --out pointing at a file', () => {
    const file = join(dir('file'), 'taken.txt');
    writeFileSync(file, 'x');
    const r = cli(['--profile', 'content/profiles', '--out', file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/playbook: --out: .*taken\.txt is a file, not a folder/);
    expect(readFileSync(file, 'utf8')).toBe('x');
  });

  it.each([
    ['.', /is the project folder itself/],
    ['src', /inside the project's own src folder/],
    ['content/profiles', /inside the project's own content folder/],
    ['tests/unit/new', /inside the project's own tests folder/],
    ['node_modules', /inside the project's own node_modules folder/],
    ['.git', /inside the project's own \.git folder/],
    ['/', /root of the file system/],
  ])('refuses --out %s as a usage error', (out, message) => {
    expect(() => checkOutDir(out)).toThrow(message);
  });

  it('resolves symbolic links before deciding: a link to src/ is src/', () => {
    const link = join(dir('link'), 'innocent');
    symlinkSync(resolve('src'), link);
    expect(() => checkOutDir(join(link, 'sub'))).toThrow(/inside the project's own src folder/);
  });
});

describe('interruption: every company is old or new, never empty, and the next run tidies up', () => {
  it('SIGKILL at seeded random moments of a batch over an earlier output', { timeout: 300_000 }, async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const profiles = profileFolder(8, 'kill');
    const args = (out: string) => ['--profile', profiles, '--format', 'md,html,json', '--out', out];
    const oldOut = dir('old');
    expect(cli(args(oldOut), OLD_EPOCH).code).toBe(0);
    // The reference run is watched, to learn when its staging folder appears and how long writing takes.
    const newOut = dir('new');
    const started = Date.now();
    const reference = start(args(newOut));
    await untilStaging(newOut, reference);
    const startup = Date.now() - started;
    const finished = await reference.exited;
    expect(finished.code, finished.err).toBe(0);
    const writing = Date.now() - started;
    const [before, after] = [snapshot(oldOut), snapshot(newOut)];
    const slugs = Object.keys(before);
    expect(slugs).toHaveLength(8);
    expect(slugs.every((s) => before[s]!['playbook.md'] !== after[s]!['playbook.md'])).toBe(true);

    const rnd = random(13);
    let leftStaging = 0;
    for (let seed = 0; seed < 6; seed++) {
      const out = dir(`kill-${seed}`);
      cpSync(oldOut, out, { recursive: true });
      const run = start(args(out));
      // Mostly while writing (staging, then the moves), sometimes before anything is written; the first run is
      // killed as soon as its staging folder appears, so that at least one leaves a staging folder to clean up.
      const early = seed > 0 && rnd() < 0.25;
      const delay = seed === 0 ? 0 : Math.floor(rnd() * (early ? startup : (writing - startup) * 1.2));
      if (!early) await untilStaging(out, run);
      await sleep(delay);
      run.child.kill('SIGKILL');
      await run.exited;
      const context = `seed ${seed}, killed ${delay} ms after ${early ? 'start' : 'staging began'}`;
      if (readdirSync(out).some((n) => n.startsWith('.staging-'))) leftStaging++;
      for (const slug of slugs) {
        const files = existsSync(join(out, slug)) ? companyFiles(join(out, slug)) : undefined;
        if (files) expect([before[slug], after[slug]], `${context}: ${slug}`).toContainEqual(files);
        // Killed between moving the old folder aside and the new one in: the old one waits, whole, to be put back.
        else {
          const asides = readdirSync(out).filter((n) => n.startsWith(`.aside-${slug}.`));
          expect(
            asides.map((a) => companyFiles(join(out, a))),
            `${context}: ${slug}`,
          ).toEqual([before[slug]]);
        }
      }
      // What the next run recovers first, on a copy, so that the next run below recovers the original itself.
      const copy = dir(`kill-${seed}-copy`);
      cpSync(out, copy, { recursive: true });
      recoverOutput(copy);
      const recovered = snapshot(copy);
      expect(Object.keys(recovered).sort(), context).toEqual([...slugs].sort());
      for (const slug of slugs)
        expect([before[slug], after[slug]], `${context}: ${slug}`).toContainEqual(recovered[slug]);

      // The next run, in-process (the process boundary is not what is tested here, and it saves a spawn per seed).
      expect(await runTailor({ profile: profiles, format: 'md,html,json', out }, quiet)).toBe(0);
      expect(leftovers(out), context).toEqual([]);
      expect(snapshot(out), context).toEqual(after);
    }
    // The seeds must reach the interesting part: at least one kill stranded a staging folder for the next run.
    expect(leftStaging).toBeGreaterThan(0);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    '%s stops the run, removes its staging folder and exits %i',
    { timeout: 60_000 },
    async (signal, code) => {
      const profiles = profileFolder(24, 'signal');
      const out = dir('signal-out');
      const run = start(['--profile', profiles, '--format', 'md,html,json', '--out', out]);
      const { child, exited } = run;
      await untilStaging(out, run, 30_000);
      child.kill(signal);
      const result = await exited;
      expect(result.code, result.err).toBe(code);
      expect(readdirSync(out)).toEqual([]);
    },
  );

  it('puts back an aside copy when its folder is missing, and removes stale staging and aside folders', () => {
    const out = dir('recover');
    const dead = deadPid();
    const company = (path: string, text: string) => {
      mkdirSync(path);
      writeFileSync(join(path, 'playbook.md'), text);
      writeManifest(path, 'playbook', ['playbook.md']);
    };
    company(join(out, asideName('restored', dead)), 'old restored');
    company(join(out, 'replaced'), 'new replaced');
    company(join(out, asideName('replaced', dead)), 'old replaced');
    const staleStaging = mkdtempSync(join(out, stagingPrefix(dead)));
    writeManifest(staleStaging, 'staging');
    company(join(staleStaging, 'half'), 'half-made');
    const notOurs = join(out, `${stagingPrefix(dead)}mine`);
    mkdirSync(notOurs);
    writeFileSync(join(notOurs, 'keep.txt'), 'not playbook’s');
    const live = mkdtempSync(join(out, stagingPrefix(process.pid)));
    writeManifest(live, 'staging');

    recoverOutput(out);
    expect(readFileSync(join(out, 'restored', 'playbook.md'), 'utf8')).toBe('old restored');
    expect(readFileSync(join(out, 'replaced', 'playbook.md'), 'utf8')).toBe('new replaced');
    expect(readdirSync(out).sort()).toEqual(
      ['replaced', 'restored', `${stagingPrefix(dead)}mine`, live.slice(out.length + 1)].sort(),
    );
    expect(readFileSync(join(notOurs, 'keep.txt'), 'utf8')).toBe('not playbook’s');
  });

  it('removes an aside copy with its manifest last: killed at any removal, the next run still finishes it', () => {
    const files = ['playbook.md', 'playbook.html', 'playbook.json', 'playbook.ics'];
    for (let k = 0; k <= files.length; k++) {
      const out = dir(`removal-${k}`);
      const dead = deadPid();
      for (const target of [join(out, 'kept'), join(out, asideName('kept', dead))]) {
        mkdirSync(target);
        for (const name of files) writeFileSync(join(target, name), name);
        writeManifest(target, 'playbook', files);
      }
      faults.removals = k;
      expect(() => removeOwn(join(out, asideName('kept', dead))), `killed after ${k}`).toThrow('killed');
      faults.removals = undefined;
      const left = readdirSync(join(out, asideName('kept', dead)));
      expect(left.length === 0 || left.includes(MANIFEST), `killed after ${k}: ${left.join(', ')}`).toBe(true);
      recoverOutput(out);
      expect(readdirSync(out), `killed after ${k}`).toEqual(['kept']);
      expect(readdirSync(join(out, 'kept')).sort()).toEqual([MANIFEST, ...files].sort());
    }
  });
});

describe('odd inputs: refused fast, one line each', () => {
  const problems = (path: string) => readProfiles(path).problems.map((p) => `${p.file}:${p.line ?? ''}: ${p.problem}`);

  it('refuses a FIFO as --profile at once instead of waiting for a writer', () => {
    const fifo = join(dir('fifo'), 'profile.yaml');
    mkfifo(fifo);
    const r = cli(['--profile', fifo, '--out', dir('out')], OLD_EPOCH, 20_000);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toEqual([
      `${fifo}: (file): is a named pipe (FIFO), not a regular file: expected an org profile file`,
      'playbook: 1 problem; nothing written',
    ]);
  });

  it('refuses /dev/zero without reading it', () => {
    expect(problems('/dev/zero')).toEqual([
      '/dev/zero:: is a device, not a regular file: expected an org profile file',
    ]);
  });

  it('refuses a 300 KB file', () => {
    const file = join(dir('big'), 'big.yaml');
    writeFileSync(file, `company: Big\n# ${'x'.repeat(300 * 1024)}\n`);
    expect(problems(file)).toEqual([`${file}:: is 301 KB; an org profile is at most 256 KB: is it the right file?`]);
  });

  it('refuses a YAML alias bomb with its line', () => {
    const file = join(dir('bomb'), 'bomb.yaml');
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [prev, name] of ['ab', 'bc', 'cd', 'de', 'ef', 'fg', 'gh'])
      levels.push(`${name}: &${name} [${`*${prev}, `.repeat(8)}*${prev}]`);
    writeFileSync(file, `${levels.join('\n')}\ncompany: Boom\n`);
    const [line] = problems(file);
    expect(line).toMatch(/bomb\.yaml:2: too many aliases/);
  });

  it('refuses a looping symbolic link', () => {
    const loop = join(dir('loop'), 'loop.yaml');
    symlinkSync(loop, loop);
    expect(problems(loop)).toEqual([
      `${loop}:: is a loop of symbolic links; point it at a real file or folder (ELOOP)`,
    ]);
  });

  it('names a folder called x.yaml inside a folder of profiles, and a FIFO beside it, without blocking', () => {
    const folder = profileFolder(1, 'mixed');
    mkdirSync(join(folder, 'x.yaml'));
    mkfifo(join(folder, 'y.yaml'));
    expect(problems(folder)).toEqual([
      `${join(folder, 'x.yaml')}:: is a folder, not a regular file: expected an org profile file`,
      `${join(folder, 'y.yaml')}:: is a named pipe (FIFO), not a regular file: expected an org profile file`,
    ]);
  });

  it('refuses a folder of more than 10,000 profiles without reading them', () => {
    const folder = dir('many');
    // Hard links to one empty file: as many profile files in the folder's listing, for a fraction of the cost to make.
    writeFileSync(join(folder, 'p0.yaml'), '');
    for (let i = 1; i <= 10_000; i++) linkSync(join(folder, 'p0.yaml'), join(folder, `p${i}.yaml`));
    expect(problems(folder)).toEqual([`${folder}:: holds more than 10000 profiles; split it into smaller folders`]);
  });

  it('accepts U+FFFD in valid UTF-8, and reports invalid UTF-8 on the line it is on', () => {
    const good = parseProfile(Buffer.from(profileText('Caf\uFFFD Tea')), 'fffd.yaml');
    expect(good).toMatchObject({ profile: { company: 'Caf\uFFFD Tea' } });
    const bytes = Buffer.concat([
      Buffer.from('company: Tea\nstage: startup\nreader: p'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('m\n'),
    ]);
    expect(parseProfile(bytes, 'bad.yaml')).toEqual({
      problems: [
        {
          file: 'bad.yaml',
          line: 3,
          field: '(file)',
          problem: 'not a text file: byte 0xc3 is not valid UTF-8; save the profile as UTF-8 text (YAML or JSON)',
        },
      ],
    });
    expect(parseProfile(Buffer.from('company: A\n\nstage: \0\n'), 'nul.yaml')).toMatchObject({
      problems: [{ line: 3, problem: expect.stringMatching(/^not a text file: it holds NUL bytes/) }],
    });
  });
});

describe('disk faults: one line, exit 1, the earlier output whole', () => {
  /** An earlier output, then an in-process run with `fault` set; returns the code and what was printed. */
  async function withFault(set: () => void) {
    const profiles = profileFolder(2, 'disk');
    const out = dir('disk-out');
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      expect(await runTailor({ profile: profiles, format: 'md,html', out }, quiet)).toBe(0);
      const before = snapshot(out);
      set();
      const code = await runTailor({ profile: profiles, format: 'md,html', out }, quiet);
      return { code, err: errors.mock.calls.flat().join('\n'), before, after: snapshot(out), left: leftovers(out) };
    } finally {
      vi.restoreAllMocks();
    }
  }

  it('a full disk while staging', { timeout: 60_000 }, async () => {
    const r = await withFault(() => (faults.write = 'ENOSPC'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^playbook: cannot write .*\.staging-\d+-\w+\/fault-test-0\/playbook\.html: no space left on the disk; free some space or choose another place \(ENOSPC\)\nplaybook: nothing written$/,
    );
    expect(r.after).toEqual(r.before);
    expect(r.left).toEqual([]);
  });

  it('a read-only file system', { timeout: 60_000 }, async () => {
    const r = await withFault(() => (faults.mkdtemp = 'EROFS'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^playbook: cannot write .*\.staging-\d+-XXXXXX: is on a read-only file system; choose a writable place \(EROFS\)\nplaybook: nothing written$/,
    );
    expect(r.after).toEqual(r.before);
  });

  it('a failed move puts the earlier folder back', { timeout: 60_000 }, async () => {
    const r = await withFault(() => (faults.renameIn = 'EIO'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^playbook: cannot write .*\.staging-.*: input\/output error from the disk; check the disk \(EIO\)\nplaybook: nothing written$/,
    );
    expect(r.after).toEqual(r.before);
    expect(r.left).toEqual([]);
  });

  it.skipIf(process.getuid?.() === 0)('a read-only --out folder (chmod 0o555; root ignores it)', () => {
    const out = dir('readonly');
    chmodSync(out, 0o555);
    try {
      const r = cli(['--profile', profileFolder(1, 'ro'), '--format', 'md', '--out', out]);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(
        /^playbook: cannot write .*: permission denied; check its permissions or choose another place \(EACCES\)$/m,
      );
    } finally {
      chmodSync(out, 0o755);
    }
  });

  it('keeps fs faults from other steps to one line too (the CLI has no raw stack traces)', () => {
    // A profile path through a file: ENOTDIR from stat, reported as a problem with the path.
    const file = join(dir('notdir'), 'plain');
    writeFileSync(file, 'x');
    const r = cli(['--profile', join(file, 'p.yaml'), '--out', dir('out')]);
    expect(r.code).toBe(1);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(r.err).toMatch(/plain\/p\.yaml: \(file\): has a file where a folder should be in its path \(ENOTDIR\)/);
  });
});
