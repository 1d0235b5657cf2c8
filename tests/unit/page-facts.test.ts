/** "Last updated" comes from the file's last commit (none without history); "Edit this page" from the config's edit_url. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastCommitDate } from '../../src/node/git-dates.ts';
import { pageFacts } from '../../src/site/page-facts.ts';

const FILE = 'content/tactics/hold-listening-one-on-ones.mdx';

describe('page facts', () => {
  it('dates a content file by its last commit, as git log reports it', () => {
    const expected = execFileSync('git', ['log', '-1', '--format=%cs', '--', FILE], { encoding: 'utf8' }).trim();
    expect(expected).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(lastCommitDate(process.cwd(), FILE)).toBe(expected);
    expect(pageFacts(FILE)?.updated?.iso).toBe(expected);
    expect(pageFacts(FILE)?.edit).toBeUndefined();
  });

  it('has no date for a file without history, and no facts for a page without a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'playbook-nogit-'));
    try {
      writeFileSync(join(dir, 'a.md'), 'x');
      expect(lastCommitDate(dir, 'a.md')).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(pageFacts(undefined)).toBeUndefined();
  });
});
