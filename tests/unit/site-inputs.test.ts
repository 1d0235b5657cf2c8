/** A built site's recorded inputs: the same for the same code, content and settings; different when any of them moves. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSettings } from '../../src/node/config.ts';
import { BUILD_STAMP, recordedInputs, siteInputs } from '../../src/node/build/site-inputs.ts';

const root = mkdtempSync(join(tmpdir(), 'site-inputs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'src'));
writeFileSync(join(root, 'src', 'page.ts'), 'export const a = 1;\n');
cpSync('content', join(root, 'content'), { recursive: true });
writeFileSync(join(root, 'package-lock.json'), '{}\n');
const inputs = (env: NodeJS.ProcessEnv = {}) => siteInputs(readSettings({ BASE_PATH: '/', ...env }, {}, root));

describe('siteInputs', () => {
  it('is the same for the same inputs, wherever the site is written and whichever browser prints', () => {
    expect(inputs()).toBe(inputs({ OUT_DIR: '/elsewhere', CHROME_PATH: '/usr/bin/chromium' }));
  });

  it('changes with the base path, the site address, the date, the code, the content and the packages', () => {
    const before = inputs();
    const seen = new Set([before]);
    const changed = (value: string) => {
      expect(seen.has(value), value).toBe(false);
      seen.add(value);
    };
    changed(inputs({ BASE_PATH: '/kb/' }));
    changed(inputs({ SITE_URL: 'https://kb.example.com' }));
    changed(inputs({ SOURCE_DATE_EPOCH: '1767225600' }));
    writeFileSync(join(root, 'src', 'page.ts'), 'export const a = 2;\n');
    changed(inputs());
    writeFileSync(join(root, 'content', 'tactics', 'zz-extra.md'), 'not read here\n');
    changed(inputs());
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}\n');
    changed(inputs());
  });

  it('reads what a build recorded, and nothing from a folder without a record', () => {
    const site = join(root, 'site');
    mkdirSync(site);
    expect(recordedInputs(site)).toBeUndefined();
    writeFileSync(join(site, BUILD_STAMP), JSON.stringify({ inputs: inputs() }));
    expect(recordedInputs(site)).toBe(inputs());
  });
});
