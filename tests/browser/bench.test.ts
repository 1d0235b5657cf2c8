/**
 * `npm run bench -- --quick` runs end to end and writes results (timings are reported by the full run, never
 * asserted). It runs over the small fixture library, one of whose tactics carries a template: every part of the
 * harness is exercised (builds, search in Node and Chromium, the baselines, tailoring, the compiled CLI, PDFs) at a
 * fraction of the real library's cost.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { validFiles, writeFixture } from '../helpers/fixture-library.ts';

const MD = 'content/tactics/listen-first.md';
const TEMPLATE = [
  '<Template title="Follow-up ledger">',
  '',
  '| Promised | Owner |',
  '| --- | --- |',
  '| Dates | PM |',
  '',
  '</Template>',
];

describe('bench --quick', () => {
  it('prints every table and writes results.json with the machine and each part', { timeout: 300_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-'));
    const body = validFiles()[MD]!.replace('2. Do another.\n', `2. Do another.\n\n${TEMPLATE.join('\n')}\n`);
    const fixture = writeFixture({ [MD]: null, [MD.replace(/\.md$/, '.mdx')]: body });
    onTestFinished(fixture.cleanup);
    try {
      const out = join(dir, 'results.json');
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--quick', '--out', out], {
        encoding: 'utf8',
        env: { ...process.env, CONTENT_DIR: join(fixture.root, 'content') },
      });
      expect(r.status, r.stderr).toBe(0);
      for (const heading of ['Site build', 'our index at each size', 'side by side', 'Tailoring', 'PDF'])
        expect(r.stdout).toContain(heading);
      const results = JSON.parse(readFileSync(out, 'utf8'));
      expect(results).toMatchObject({ quick: true, machine: { node: process.version } });
      expect(results.builds[0]).toMatchObject({ factor: 1 });
      // Tactic pages carry no script but their templates' copy button (well under 1 KB a page).
      expect(results.builds[0].tacticPageJsBytes).toBeGreaterThan(0);
      expect(results.builds[0].tacticPageJsBytes).toBeLessThan(1024 * results.builds[0].tactics);
      expect(results.search.engines.map((e: { engine: string }) => e.engine)).toEqual(
        expect.arrayContaining(['Playbook search (ours)', 'MiniSearch, default options']),
      );
      expect(results.tailoring.count).toBe(50);
      expect(results.pdf.batchSize).toBe(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
