/** The settings module: defaults, environment over defaults, flags over the environment, one clear line on a bad value. */
import { describe, expect, it } from 'vitest';
import { ConfigError, readSettings } from '../../src/node/config.ts';

describe('readSettings', () => {
  it('has defaults for everything', () => {
    const s = readSettings({}, {}, '/project');
    expect(s).toEqual({
      root: '/project',
      contentDir: 'content',
      adviceFile: '../shared/advice-points.yaml',
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
