/** The playbook command end to end: exit codes, error messages, nothing written on bad input, escaping, atomic output. */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it, vi } from 'vitest';
import { inProcess, runCli } from '../helpers/cli.ts';
import { main as tailor } from '../../src/cli/tailor.ts';
import { executableMarkup } from '../helpers/html-safety.ts';
import { MANIFEST } from '../../src/node/manifest.ts';
import ICAL from 'ical.js';

const work = mkdtempSync(join(tmpdir(), 'playbook-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const GOOD = 'company: Bramblewick Tea\nstage: startup\nreader: pm\nrelationship: strained\n';

/** Runs the CLI with a fixed date; returns exit code, stdout and stderr. */
const run = (...args: string[]) => runOn('1767225600', ...args);
// The in-process runs see what the bin's runs see: the same date and the test build's snapshot (settings are read
// on first use, after these).
vi.stubEnv('SOURCE_DATE_EPOCH', '1767225600');
vi.stubEnv('OUT_DIR', inject('cliSnapshot'));
afterAll(() => vi.unstubAllEnvs());
/**
 * `run` in this process, for the tests of what is written or said rather than of the process (saves a Node start per
 * run; the folder case, the later run, the bin's own commands and the snapshot tests below run the real bin).
 */
const runHere = (...args: string[]) => inProcess(tailor, args);
/** Runs `playbook tailor` dated `epoch` (seconds since 1970). */
function runOn(epoch: string, ...args: string[]) {
  return runCli(['tailor', ...args], { SOURCE_DATE_EPOCH: epoch });
}
/** Writes a profile file into a fresh folder and returns its path. */
function profile(name: string, text: string | Buffer, dir = mkdtempSync(join(work, 'in-'))): string {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}
const outDir = () => mkdtempSync(join(work, 'out-'));

describe('npm run playbook', () => {
  it(
    'writes every requested format for a valid profile, byte-identical on a second run',
    { timeout: 60_000 },
    async () => {
      const out = outDir();
      const file = profile('bramblewick.yaml', GOOD);
      const first = await runHere('--profile', file, '--format', 'md,html,json', '--out', out);
      expect(first.code, first.err).toBe(0);
      expect(readdirSync(join(out, 'bramblewick-tea')).sort()).toEqual([
        MANIFEST,
        'playbook.html',
        'playbook.json',
        'playbook.md',
      ]);
      expect(JSON.parse(readFileSync(join(out, 'bramblewick-tea', MANIFEST), 'utf8'))).toMatchObject({
        generator: 'playbook',
        version: expect.any(String),
        files: ['playbook.html', 'playbook.json', 'playbook.md'],
      });
      const json = JSON.parse(readFileSync(join(out, 'bramblewick-tea', 'playbook.json'), 'utf8'));
      expect(json).toMatchObject({
        company: 'Bramblewick Tea',
        slug: 'bramblewick-tea',
        profile: { stage: 'startup', go_to_market: 'hybrid' },
      });
      expect(json.phases[0].tactics[0]).toEqual(
        expect.objectContaining({
          id: expect.any(String),
          reasons: expect.any(Array),
          sources: expect.any(Array),
          url: expect.stringMatching(/^\/tactics\//),
        }),
      );
      const names = ['md', 'html', 'json'].map((e) => `playbook.${e}`).concat(MANIFEST);
      const before = names.map((n) => readFileSync(join(out, 'bramblewick-tea', n)));
      expect((await runHere('--profile', file, '--format', 'md,html,json', '--out', out)).code).toBe(0);
      names.forEach((n, i) => expect(readFileSync(join(out, 'bramblewick-tea', n)).equals(before[i]!), n).toBe(true));
      expect(readdirSync(out)).toEqual(['bramblewick-tea']);
    },
  );

  it(
    '--format md over an earlier full output updates the Markdown and keeps the other files',
    { timeout: 60_000 },
    async () => {
      const out = outDir();
      const file = profile('bramblewick.yaml', GOOD);
      const folder = join(out, 'bramblewick-tea');
      expect((await runHere('--profile', file, '--format', 'md,html,json', '--out', out)).code).toBe(0);
      const earlier = Object.fromEntries(
        ['md', 'html', 'json'].map((e) => [e, readFileSync(join(folder, `playbook.${e}`))]),
      );
      // A month later: the date on the Markdown shows it was rewritten.
      const later = runOn('1769904000', '--profile', file, '--format', 'md', '--out', out);
      expect(later.code, later.err).toBe(0);
      expect(later.out).toMatch(/wrote .*bramblewick-tea\/ \(md\)/);
      expect(readFileSync(join(folder, 'playbook.md')).equals(earlier.md!)).toBe(false);
      expect(readFileSync(join(folder, 'playbook.md'), 'utf8')).toMatch(/1 Feb 2026|2026-02-01/);
      expect(readFileSync(join(folder, 'playbook.html')).equals(earlier.html!)).toBe(true);
      expect(readFileSync(join(folder, 'playbook.json')).equals(earlier.json!)).toBe(true);
      expect(JSON.parse(readFileSync(join(folder, MANIFEST), 'utf8')).files).toEqual([
        'playbook.html',
        'playbook.json',
        'playbook.md',
      ]);
      expect(readdirSync(out)).toEqual(['bramblewick-tea']);
    },
  );

  const bad: [string, string | Buffer, RegExp][] = [
    ['syntax error', 'company: [Oops\nstage: startup\n', /bad\.yaml:\d+: \(syntax\): not valid YAML/],
    [
      'wrong enum',
      GOOD.replace('stage: startup', 'stage: startupp'),
      /bad\.yaml:2: stage: 'startupp' is not allowed; did you mean 'startup'\? \(allowed: startup, scaleup, enterprise\)/,
    ],
    ['missing field', GOOD.replace('reader: pm\n', ''), /bad\.yaml:1: reader: is required/],
    [
      'unknown key',
      `${GOOD}pain_point: [unclear-roles]\n`,
      /bad\.yaml:5: pain_point: unknown key; did you mean 'pain_points'\? \(allowed: company, stage, reader, relationship/,
    ],
    ['empty file', '', /bad\.yaml:1: \(file\): empty profile/],
    ['binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff, 0xfe]), /bad\.yaml:1: \(file\): not a text file/],
    [
      'a list instead of a mapping',
      '- company: X\n- stage: startup\n',
      /bad\.yaml:1: \(top level\): must be a mapping of fields, not a list/,
    ],
    [
      'an 81-character company',
      GOOD.replace('Bramblewick Tea', 'x'.repeat(81)),
      /bad\.yaml:1: company: must be at most 80 characters/,
    ],
  ];
  it.each(bad)('exits 1 on a %s, names the field and writes nothing', async (_name, text, message) => {
    const out = join(outDir(), 'target');
    // In this process: what is tested is the message (the folder case below runs the real bin).
    const r = await runHere('--profile', profile('bad.yaml', text), '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('writes a calendar with --format ics that a calendar library reads back, dated from start_date', async () => {
    const out = outDir();
    const file = profile('dated.yaml', `${GOOD}start_date: 2027-03-01\nupcoming_launch_weeks: 6\n`);
    const r = await runHere('--profile', file, '--format', 'ics', '--out', out);
    expect(r.code, r.err).toBe(0);
    const text = readFileSync(join(out, 'bramblewick-tea', 'playbook.ics'), 'utf8');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.find((e) => e.uid === 'window-now.bramblewick-tea@playbook')?.startDate.toString()).toBe(
      '2027-03-01',
    );
    expect(events.find((e) => e.uid === 'launch-week.bramblewick-tea@playbook')?.startDate.toString()).toBe(
      '2027-04-12',
    );
  });

  it('writes nothing for the valid profiles of a folder when one is invalid', () => {
    const dir = mkdtempSync(join(work, 'folder-'));
    profile('a-good.yaml', GOOD, dir);
    profile('b-bad.json', '{"company": "Z", "stage": "huge", "reader": "pm", "relationship": "healthy"}', dir);
    const out = join(outDir(), 'target');
    const r = run('--profile', dir, '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/b-bad\.json:1: stage: 'huge' is not allowed/);
    expect(existsSync(out)).toBe(false);
  });

  it('escapes hostile company names and keeps the folder inside --out', { timeout: 30_000 }, async () => {
    const out = outDir();
    const file = profile('hostile.yaml', GOOD.replace('Bramblewick Tea', '"<script>alert(1)</script> ../../x"'));
    expect((await runHere('--profile', file, '--format', 'md,html', '--out', out)).code).toBe(0);
    expect(readdirSync(out)).toEqual(['script-alert-1-script-x']);
    const html = readFileSync(join(out, 'script-alert-1-script-x', 'playbook.html'), 'utf8');
    expect(executableMarkup(html)).toEqual([]);
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script> ../../x');
  });

  it.each([
    [['--format', 'md'], /--profile is required/],
    [
      ['--profile', 'x.yaml', '--format', 'docx'],
      /--format: 'docx' is not allowed \(allowed: md, html, json, pdf, ics\)/,
    ],
    [['--profile', 'x.yaml', '--paper', 'a5'], /--paper: 'a5' is not allowed; did you mean 'a4'\?/],
    [['--profle', 'x.yaml'], /Unknown option '--profle'/],
  ])('exits 2 on a usage error: %j', async (args, message) => {
    // In this process: the exit code is main's (the bin's own exit codes are tested below, with --help and commands).
    const r = await runHere(...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).toMatch(/usage: npm run playbook/);
  });

  it('exits 1 when the profile path does not exist', async () => {
    const r = await runHere('--profile', join(work, 'nope.yaml'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/nope\.yaml: \(file\): not found/);
  });
});

describe('the playbook bin', () => {
  it('lists its commands with --help, and refuses a missing or unknown one with exit 2', () => {
    const help = runCli(['--help']);
    expect(help.code, help.err).toBe(0);
    for (const command of ['search', 'tailor', 'validate', 'eval'])
      expect(help.out).toMatch(new RegExp(`^  ${command} `, 'm'));
    const unknown = runCli(['tailour', '--profile', 'x.yaml']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe("playbook: unknown command 'tailour' (allowed: search, tailor, validate, eval)\n");
    const none = runCli([]);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/^playbook: give a command \(allowed: search, tailor, validate, eval\)\nusage: playbook/);
  });

  it.each([
    ['search', /^usage: npm run search -- /],
    ['tailor', /^usage: npm run playbook -- --profile/],
    ['validate', /^usage: npm run validate\n/],
    ['eval', /^usage: npm run eval:search /],
  ])('playbook %s --help prints its usage and exits 0', (command, usage) => {
    const r = runCli([command, '--help']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(usage);
  });

  it("tailors from the build's snapshot byte for byte as from the content", { timeout: 60_000 }, () => {
    const file = profile('bramblewick.yaml', `${GOOD}pain_points: [late-involvement]\n`);
    const [fromSnapshot, fromContent] = [outDir(), outDir()];
    const a = run('--profile', file, '--format', 'md,html,json,ics', '--out', fromSnapshot);
    expect(a.code, a.err).toBe(0);
    const b = runCli(['tailor', '--profile', file, '--format', 'md,html,json,ics', '--out', fromContent], {
      SOURCE_DATE_EPOCH: '1767225600',
      OUT_DIR: mkdtempSync(join(work, 'no-build-')),
    });
    expect(b.code, b.err).toBe(0);
    expect([a.err, b.err]).toEqual(['', '']);
    const files = (out: string) =>
      readdirSync(join(out, 'bramblewick-tea')).map((f) => [f, readFileSync(join(out, 'bramblewick-tea', f), 'utf8')]);
    expect(files(fromSnapshot)).toHaveLength(5);
    expect(files(fromSnapshot)).toEqual(files(fromContent));
  });

  it('reads and validates the content again once it has changed since the build', () => {
    const content = join(work, 'content');
    cpSync('content', content, { recursive: true });
    const tactics = join(content, 'tactics');
    const name = readdirSync(tactics).find((f) => f.startsWith('deliver-a-quick-win.'))!;
    const text = readFileSync(join(tactics, name), 'utf8');
    writeFileSync(join(tactics, name), text.replace(/^situations: \[/m, 'situations: [no-such-situation, '));
    const out = join(outDir(), 'target');
    const r = runCli(['tailor', '--profile', profile('ok.yaml', GOOD), '--out', out], { CONTENT_DIR: content });
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${name}:`);
    expect(r.err).toMatch(/no-such-situation/);
    expect(r.err).toMatch(/playbook: \d+ problems?; nothing written\n$/);
    expect(existsSync(out)).toBe(false);
  });
});
