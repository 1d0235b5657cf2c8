/** The settings module: defaults, environment over defaults, flags over the environment, one clear line on a bad value. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, readSettings } from '../../src/node/config.ts';

let made: string[] = [];
afterEach(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made = [];
});

/** A project folder with these files (path → text). */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'playbook-config-'));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const problem = (root: string, env: NodeJS.ProcessEnv = {}) => {
  try {
    readSettings(env, {}, root);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  return 'no error';
};

describe('the company config file', () => {
  const full = `organisation: Acme Analytics
title: Acme PM–PMM Playbook
logo: brand/acme.svg
accent: "#0A7D55"
contact: { label: "#pm-pmm on Slack", url: "https://chat.acme.example/pm-pmm" }
edit_url: https://git.acme.example/kb/-/edit/main/
footer_links: [{ label: Enablement hub, url: https://intranet.acme.example/enablement }]
paper: letter
examples: false
content: [content, overlay]
`;

  it('reads every field, with paths relative to the file', () => {
    const root = project({
      'playbook.config.yaml': full,
      'brand/acme.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'content/.keep': '',
      'overlay/.keep': '',
    });
    expect(readSettings({}, {}, root)).toMatchObject({
      configFile: 'playbook.config.yaml',
      contentDirs: ['content', 'overlay'],
      contentDir: 'content',
      paper: 'letter',
      examples: false,
      brand: {
        organisation: 'Acme Analytics',
        title: 'Acme PM–PMM Playbook',
        logo: 'brand/acme.svg',
        accent: '#0a7d55',
        contact: { label: '#pm-pmm on Slack', url: 'https://chat.acme.example/pm-pmm' },
        editUrl: 'https://git.acme.example/kb/-/edit/main/',
        footerLinks: [{ label: 'Enablement hub', url: 'https://intranet.acme.example/enablement' }],
      },
    });
  });

  it('takes PLAYBOOK_CONFIG, resolving its paths from its own folder; the environment and flags win over it', () => {
    const root = project({
      'company/playbook.config.yaml': 'content: [../content, extra]\npaper: letter\n',
      'content/.keep': '',
      'company/extra/.keep': '',
    });
    const s = readSettings({ PLAYBOOK_CONFIG: 'company/playbook.config.yaml' }, {}, root);
    expect(s.contentDirs).toEqual(['content', 'company/extra']);
    expect(s.configFile).toBe('company/playbook.config.yaml');
    expect(
      readSettings({ PLAYBOOK_CONFIG: 'company/playbook.config.yaml', CONTENT_DIR: 'kb' }, {}, root).contentDirs,
    ).toEqual(['kb']);
    expect(readSettings({ PLAYBOOK_CONFIG: 'company/playbook.config.yaml' }, { paper: 'a4' }, root).paper).toBe('a4');
    expect(problem(root, { PLAYBOOK_CONFIG: 'nope.yaml' })).toBe(
      'environment: PLAYBOOK_CONFIG: no such file: nope.yaml',
    );
  });

  it('names the file line, the field and what is allowed', () => {
    expect(problem(project({ 'playbook.config.yaml': 'organisation: Acme\naccent: green\n' }))).toBe(
      "playbook.config.yaml:2: accent: must be a colour written #rrggbb, such as '#0a7d55' (allowed: #rrggbb)",
    );
    expect(problem(project({ 'playbook.config.yaml': 'paper: a5\n' }))).toBe(
      "playbook.config.yaml:1: paper: 'a5' is not allowed; did you mean 'a4'? (allowed: a4, letter)",
    );
    expect(problem(project({ 'playbook.config.yaml': 'titel: Acme\n' }))).toMatch(
      /^playbook\.config\.yaml:1: titel: unknown key; did you mean 'title'\? \(allowed: organisation, title, /,
    );
    expect(problem(project({ 'playbook.config.yaml': 'examples: no\n' }))).toBe(
      'playbook.config.yaml:1: examples: must be boolean, not string',
    );
    expect(
      problem(project({ 'playbook.config.yaml': 'title: Acme\ncontent: [content, missing]\n', 'content/.keep': '' })),
    ).toBe('playbook.config.yaml:2: content.1: folder not found: missing');
    expect(problem(project({ 'playbook.config.yaml': '\nlogo: logo.svg\n' }))).toBe(
      'playbook.config.yaml:2: logo: file not found: logo.svg',
    );
    expect(
      problem(project({ 'playbook.config.yaml': 'contact: { label: Us, url: "javascript:alert(1)" }\n' })),
    ).toMatch(/^playbook\.config\.yaml:1: contact\.url: must be an absolute http\(s\) address/);
    expect(problem(project({ 'playbook.config.yaml': 'title: [unclosed\n' }))).toMatch(
      /^playbook\.config\.yaml:\d: \(syntax\): not valid YAML/,
    );
  });
});

describe('readSettings', () => {
  it('has defaults for everything', () => {
    const s = readSettings({}, {}, '/project');
    expect(s).toEqual({
      root: '/project',
      contentDir: 'content',
      contentDirs: ['content'],
      brand: { title: 'Playbook', footerLinks: [] },
      paper: 'a4',
      examples: true,
      base: '/',
      outDir: 'dist',
    });
  });

  it('takes the environment over the defaults, and flags over the environment', () => {
    const env = { CONTENT_DIR: 'kb', BASE_PATH: 'kb', SITE_URL: 'https://kb.example.com', SOURCE_DATE_EPOCH: '86400' };
    const s = readSettings(env, { outDir: 'public-site' }, '/project');
    expect(s).toMatchObject({ contentDir: 'kb', base: '/kb/', siteUrl: 'https://kb.example.com', dateEpoch: 86400 });
    expect(s.outDir).toBe('public-site');
    expect(readSettings({ OUT_DIR: 'x' }, {}).outDir).toBe('x');
  });

  it('treats empty variables as unset', () => {
    expect(readSettings({ SITE_URL: '', CONTENT_DIR: ' ', CHROME_PATH: '' })).not.toHaveProperty('siteUrl');
    expect(readSettings({ CONTENT_DIR: ' ' }).contentDir).toBe('content');
  });

  it('names the variable and what is allowed when a value is wrong', () => {
    expect(() => readSettings({ SITE_URL: 'kb.example.com' })).toThrow(ConfigError);
    expect(() => readSettings({ SITE_URL: 'kb.example.com' })).toThrow(
      /^environment: SITE_URL: must be an absolute http\(s\) address/,
    );
    expect(() => readSettings({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH: must be whole seconds/);
  });
});

describe('a bad company config, as the commands report it', () => {
  it('stops validate (and so the build) with the file line, the field and what is allowed', async () => {
    const { runCli } = await import('../helpers/cli.ts');
    const dir = mkdtempSync(join('.tmp', 'bad-config-'));
    made.push(dir);
    writeFileSync(join(dir, 'playbook.config.yaml'), 'organisation: Acme\naccent: green\n');
    const r = runCli(['validate'], { PLAYBOOK_CONFIG: join(dir, 'playbook.config.yaml') });
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      `${dir}/playbook.config.yaml:2: accent: must be a colour written #rrggbb, such as '#0a7d55' (allowed: #rrggbb)`,
    );
  });
});
