/** The README's authoring reference is checked against the schemas, so it cannot fall behind them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type z } from 'astro/zod';
import {
  playbookSchema,
  profileSchema,
  situationSchema,
  sourceSchema,
  tacticSchema,
} from '../../src/core/schema/index.ts';
import { playCardSchema } from '../../src/core/schema/tactic.ts';

const readme = readFileSync('README.md', 'utf8');
const keys = (schema: z.AnyZodObject) => Object.keys(schema.shape);

describe('README frontmatter reference', () => {
  it.each([
    ['tactic', tacticSchema],
    ['play card', playCardSchema],
    ['playbook', playbookSchema],
    ['source', sourceSchema],
    ['situation', situationSchema],
    ['profile', profileSchema],
  ] as const)('mentions every %s field', (_name, schema) => {
    const missing = keys(schema).filter(
      (k) =>
        !readme.includes(`\`${k}\``) &&
        !readme.includes(`${k}:`) &&
        !['author', 'role', 'organization', 'title'].includes(k),
    );
    expect(missing).toEqual([]);
  });
});
