/** Golden files: each example profile's playbook as Markdown. After an intended change, refresh with UPDATE_GOLDEN=1 and review the diff. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectLibrary } from '../helpers/library.ts';
import { renderMarkdown } from '../../src/core/render/index.ts';
import { tailor } from '../../src/core/tailor/index.ts';

const lib = projectLibrary();

describe('example playbooks match their golden files', () => {
  it.each(lib.profiles.map((p) => [p.id, p] as const))('%s', (_id, profile) => {
    const plan = tailor(profile.data, lib, { date: '2026-01-01', contentVersion: 'golden' });
    const file = `tests/golden/${plan.slug}.md`;
    const markdown = renderMarkdown(plan);
    if (process.env.UPDATE_GOLDEN || !existsSync(file)) writeFileSync(file, markdown);
    expect(markdown).toBe(readFileSync(file, 'utf8'));
  });
});
