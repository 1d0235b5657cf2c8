/**
 * The project needs nothing beside it: the CLIs run in a copy of the project's content with no `../shared` folder
 * next to it (the build uses the same loader). Only the originality check and the catalogue test read `../shared`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';

const parent = mkdtempSync(join(tmpdir(), 'playbook-alone-'));
const project = join(parent, 'project');
cpSync('content', join(project, 'content'), { recursive: true });
afterAll(() => rmSync(parent, { recursive: true, force: true }));

const run = (...args: string[]) => {
  const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: join(project, 'dist') };
  delete env.CONTENT_DIR;
  delete env.PLAYBOOK_CONFIG;
  const r = spawnSync(process.execPath, [inject('cliBin'), ...args], { cwd: project, encoding: 'utf8', env });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('a project with no ../shared beside it', () => {
  it('has no shared folder to lean on', () => {
    expect(existsSync(join(parent, 'shared'))).toBe(false);
  });

  it('validates, searches and tailors', { timeout: 120_000 }, () => {
    const validate = run('validate');
    expect(validate.code, validate.err).toBe(0);
    expect(validate.out).toMatch(/^content ok: 54 tactics, 12 playbooks, 17 situations, 15 sources/);

    const search = run('search', '--json', 'our AE promised SSO in Q3');
    expect(search.code, search.err).toBe(0);
    expect((JSON.parse(search.out) as { results: unknown[] }).results.length).toBeGreaterThan(0);

    const tailor = run(
      'tailor',
      '--profile',
      'content/profiles/bramblegate-systems.yaml',
      '--out',
      'out',
      '--format',
      'md',
    );
    expect(tailor.code, tailor.err).toBe(0);
    const md = readFileSync(join(project, 'out/bramblegate-systems/playbook.md'), 'utf8');
    expect(md).toMatch(/^# PM–PMM playbook for Bramblegate Systems/);
    expect(md).toContain('How to Build an Amazing Relationship Between Product Management and Marketing');
  });
});
