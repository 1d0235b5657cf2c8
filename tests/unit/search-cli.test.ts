/** `playbook search` and `playbook eval` (`npm run search`, `npm run eval:search`) end to end: output contracts and exit codes. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it, vi } from 'vitest';
import { inProcess, runCli } from '../helpers/cli.ts';
import { main as searchMain } from '../../src/cli/search.ts';
import { main as evalMain } from '../../src/cli/eval.ts';

const work = mkdtempSync(join(tmpdir(), 'search-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs a subcommand of the compiled bin; returns exit code, stdout and stderr. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  return runCli([command, ...args], { SITE_URL: '', BASE_PATH: '', ...env });
}
const search = (...args: string[]) => run('search', args);
// The in-process runs see what the bin's runs see (settings are read on first use, after these).
vi.stubEnv('SITE_URL', '');
vi.stubEnv('BASE_PATH', '');
vi.stubEnv('OUT_DIR', inject('cliSnapshot'));
afterAll(() => vi.unstubAllEnvs());
/**
 * `search` in this process, for the tests of what it prints (saves a Node start per run; the link settings, eval's
 * exit codes and the snapshot tests run the real bin).
 */
const searchHere = (...args: string[]) => inProcess(searchMain, args);

describe('npm run search', { timeout: 30_000 }, () => {
  it('prints the JSON contract with --json: tactics best first, with their advice points', async () => {
    const r = await searchHere('--json', '--limit', '3', 'dissagree and comit');
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out);
    // DESIGN §5's four keys first, then what the query was understood as (added by the vocabulary issue).
    expect(Object.keys(json)).toEqual(['query', 'results', 'playbooks', 'situations', 'understood']);
    expect(json.understood).toEqual([
      { kind: 'spelling', from: 'dissagree', to: [expect.stringMatching(/^disagree/)] },
      { kind: 'spelling', from: 'comit', to: [expect.stringMatching(/^commit/)] },
    ]);
    expect(json.query).toBe('dissagree and comit');
    expect(json.results).toHaveLength(3);
    for (const hit of json.results) {
      expect(Object.keys(hit)).toEqual(['id', 'title', 'url', 'score', 'sources']);
      expect(hit.url).toBe(`/tactics/${hit.id}/`);
      expect(hit.sources.length).toBeGreaterThan(0);
    }
    expect(json.results.map((h: { score: number }) => h.score)).toEqual(
      [...json.results.map((h: { score: number }) => h.score)].sort((a, b) => b - a),
    );
    expect(json.situations[0]).toEqual({
      id: 'stalled-decisions',
      title: expect.any(String),
      url: '/situations/stalled-decisions/',
      score: expect.any(Number),
    });
  });

  it('uses the base path and site URL for links, like the site', () => {
    const r = run('search', ['--json', '--limit', '1', 'roadmap'], {
      BASE_PATH: '/kb/',
      SITE_URL: 'https://example.org',
    });
    expect(JSON.parse(r.out).results[0].url).toMatch(/^https:\/\/example\.org\/kb\/tactics\/[a-z0-9-]+\/$/);
    // The test build's snapshot has root-relative URLs: a build for another base path is not used.
    expect(r.err).toBe('playbook: the last build was for /, not /kb/; reading content/ directly\n');
  });

  it('prints a readable list by default and says what it corrected', async () => {
    const r = await searchHere('dissagree and comit');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Tactics for "dissagree and comit" \(\d+ of \d+\):\n {2}1\. .+\[0\.\d\d\]\n {5}\/tactics\//);
    expect(r.out).toContain('Situations this sounds like:');
    expect(r.out).toContain('you typed "dissagree"');
  });

  it('says so when nothing matches', async () => {
    const r = await searchHere('zzzqqqxxx');
    expect(r.code).toBe(0);
    expect(r.out).toContain('No tactics match "zzzqqqxxx".');
  });

  it.each([
    [['--json'], /give a query/],
    [['--limit', 'ten', 'x'], /--limit: 'ten' is not a whole number/],
    [['--limit', '0', 'x'], /--limit: '0'/],
    [['--format', 'x', 'y'], /Unknown option '--format'/],
  ])('exits 2 with a message on a usage error: %j', async (args, message) => {
    // In this process: the message and main's exit code (eval's usage error below runs the real bin).
    const r = await searchHere(...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).toContain('usage: npm run search');
  });
});

describe('npm run eval:search', { timeout: 30_000 }, () => {
  it('prints hit@1, hit@3 and MRR@10 for ours and for fuse.js defaults, then the misses', async () => {
    const file = join(work, 'queries.yaml');
    writeFileSync(
      file,
      'queries:\n  - { q: "dissagree and comit", expect: [zhang-3] }\n  - { q: "zzzqqq", expect: [zhang-1] }\n',
    );
    const r = await inProcess(evalMain, [file]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('| search | hit@1 | hit@3 | MRR@10 |');
    expect(r.out).toMatch(/\| playbook search \| 0\.500 \| 0\.500 \| 0\.500 \|/);
    expect(r.out).toMatch(/\| fuse\.js defaults \| \d\.\d{3} \| \d\.\d{3} \| \d\.\d{3} \|/);
    expect(r.out).toMatch(/\| MiniSearch defaults \| \d\.\d{3} \| \d\.\d{3} \| \d\.\d{3} \|/);
    expect(r.out).toContain('- "zzzqqq": first hit at none in top 10');
  });

  it('exits 2 on a usage error and 1 on a file it cannot read', () => {
    // Several query files are allowed (every set is reported by default), so a usage error is an unknown flag.
    expect(run('eval', ['--bogus']).code).toBe(2);
    const bad = join(work, 'bad.yaml');
    writeFileSync(bad, 'queries: [{ q: 1 }]\n');
    const r = run('eval', [bad]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('queries[0]');
    expect(run('eval', [join(work, 'missing.yaml')]).code).toBe(1);
  });
});

describe('the snapshot the build leaves beside the site', { timeout: 30_000 }, () => {
  it('answers from it exactly as from the content, and says why when there is none', () => {
    const fromSnapshot = search('--json', 'quick wins');
    expect(fromSnapshot.code, fromSnapshot.err).toBe(0);
    expect(fromSnapshot.err).toBe('');
    const empty = mkdtempSync(join(work, 'no-build-'));
    const fromContent = run('search', ['--json', 'quick wins'], { OUT_DIR: empty });
    expect(fromContent.code, fromContent.err).toBe(0);
    expect(fromContent.err).toBe(
      `playbook: no snapshot in ${empty}/ (npm run build writes one); reading content/ directly\n`,
    );
    expect(fromContent.out).toBe(fromSnapshot.out);
  });

  it('reads the content, with one note, once it has changed since the build', () => {
    const content = join(work, 'content');
    cpSync('content', content, { recursive: true });
    const tactics = join(content, 'tactics');
    const file = join(
      tactics,
      readdirSync(tactics).find((f) => f.startsWith('deliver-a-quick-win.'))!,
    );
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Deliver one quick win, retitled'));
    const r = run('search', ['--json', '--limit', '1', 'quick wins'], { CONTENT_DIR: content });
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe(`playbook: content changed since the last build; reading ${content}/ directly\n`);
    expect(JSON.parse(r.out).results[0]).toMatchObject({
      id: 'deliver-a-quick-win',
      title: 'Deliver one quick win, retitled',
    });
  });
});
