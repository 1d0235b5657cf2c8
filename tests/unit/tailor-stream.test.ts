/**
 * A batch streams: every profile is checked before anything is written, then each plan is written to the staging
 * folder as soon as it is made (and not kept), and the folders move into place only at the end. The memory test runs
 * the compiled bin on a small and a ten-times larger batch: the larger one must not need much more.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it, vi } from 'vitest';
import { run } from '../../src/node/tailor-command/run.ts';
import { snapshotLibrary } from '../../src/node/snapshot-library.ts';
import type { Progress } from '../../src/node/tailor-command/progress.ts';
import { MANIFEST } from '../../src/node/manifest.ts';

const root = mkdtempSync(join(tmpdir(), 'tailor-stream-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
// The in-process runs tailor from the test build's snapshot, as the bin does (settings are read on first use, after
// this): the library is not read and validated again.
vi.stubEnv('OUT_DIR', inject('cliSnapshot'));
afterAll(() => vi.unstubAllEnvs());

let folders = 0;
/** A fresh folder of `count` valid profiles (and `extra` files as given). */
function profileFolder(count: number, extra: Record<string, string> = {}): string {
  const dir = join(root, `profiles-${folders++}`);
  mkdirSync(dir);
  for (let i = 0; i < count; i++)
    writeFileSync(
      join(dir, `${String(i).padStart(5, '0')}.yaml`),
      `company: Stream Co ${i}\nstage: ${['startup', 'scaleup', 'enterprise'][i % 3]}\nreader: pmm\nrelationship: ${['healthy', 'strained', 'broken'][i % 3]}\n`,
    );
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(dir, name), text);
  return dir;
}

const stagingIn = (out: string) => readdirSync(out).find((n) => n.startsWith('.staging-'));

describe('a batch of profiles streams through staging', () => {
  it('writes each plan into staging as it is made, and moves the folders in only once all are written', async () => {
    const out = join(root, 'out-steps');
    const seen: { staged: number; complete: boolean; outside: string[] }[] = [];
    const progress: Progress = {
      step: (i) => {
        const staging = join(out, stagingIn(out)!);
        const staged = readdirSync(staging).filter((n) => n !== MANIFEST);
        const complete = staged.every((s) =>
          ['playbook.md', 'playbook.json', MANIFEST].every((f) => existsSync(join(staging, s, f))),
        );
        seen.push({ staged: staged.length, complete, outside: readdirSync(out).filter((n) => !n.startsWith('.')) });
        expect(staged.length).toBe(i);
      },
      wrote: () => {},
      done: () => {},
    };
    expect(await run({ profile: profileFolder(12), format: 'md,json', out }, progress, snapshotLibrary())).toBe(0);
    expect(seen.map((s) => s.staged)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(seen.every((s) => s.complete && s.outside.length === 0)).toBe(true);
    expect(readdirSync(out).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `stream-co-${i}`).sort());
  });

  it('checks every profile before tailoring any: one bad file at the end and nothing is made or written', async () => {
    const out = join(root, 'out-bad');
    const step = vi.fn();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const folder = profileFolder(30, {
      'zz-last.yaml': 'company: Late\nstage: galaxy\nreader: pmm\nrelationship: healthy\n',
    });
    const code = await run({ profile: folder, format: 'md', out }, { step, wrote: () => {}, done: () => {} });
    errors.mockRestore();
    expect(code).toBe(1);
    expect(step).not.toHaveBeenCalled();
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('a batch ten times larger peaks at about the same memory (the compiled bin, md and json)', () => {
    const probe = `data:text/javascript,${encodeURIComponent(
      "process.on('exit',()=>process.stderr.write('\\n@@maxrss '+process.resourceUsage().maxRSS+'\\n'))",
    )}`;
    const peakMb = (count: number) => {
      const out = join(root, `out-rss-${count}`);
      const r = spawnSync(
        process.execPath,
        [
          '--import',
          probe,
          inject('cliBin'),
          'tailor',
          '--profile',
          profileFolder(count),
          '--format',
          'md,json',
          '--out',
          out,
        ],
        { encoding: 'utf8', env: { ...process.env, OUT_DIR: inject('cliSnapshot') }, maxBuffer: 64 * 1024 * 1024 },
      );
      expect(r.status, r.stderr).toBe(0);
      expect(readdirSync(out).filter((n) => !n.startsWith('.'))).toHaveLength(count);
      rmSync(out, { recursive: true, force: true });
      return Number(/@@maxrss (\d+)/.exec(r.stderr)![1]) / 1024;
    };
    const small = peakMb(100);
    const large = peakMb(1000);
    // Holding every plan, 1,000 would take several hundred megabytes more than 100 (about 0.4 MB a plan).
    expect(large).toBeLessThan(small + 80);
    expect(large).toBeLessThan(400);
  }, 180_000);
});
