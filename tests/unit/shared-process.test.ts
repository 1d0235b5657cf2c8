/**
 * The test files that share one process (vitest.config.ts: the unit-shared list, and every browser file) change
 * nothing in it that the next file would see: no module mocks, spies, stubbed environment or globals, no working
 * folder changed. A file that needs one of those runs isolated in `unit`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED } from '../../vitest.config.ts';

/** What a file must not do when the next one runs in its process. */
const CHANGES = [
  /\bvi\s*\.\s*(mock|doMock|spyOn|stubEnv|stubGlobal|useFakeTimers|hoisted)\b/,
  /\bprocess\.env(\.\w+|\[[^\]]+\])\s*=[^=]/,
  /\bdelete\s+process\.env\b/,
  /\bprocess\.chdir\s*\(/,
];

/** The patterns a file's text matches, by line. */
function changesIn(file: string): string[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  return lines.flatMap((line, i) =>
    CHANGES.some((pattern) => pattern.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
  );
}

const browserFiles = readdirSync('tests/browser')
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => join('tests/browser', f));

describe('files that share a process', () => {
  it('mock, spy on and stub nothing, and leave the environment and working folder alone', () => {
    expect(SHARED.length).toBeGreaterThan(10);
    expect(browserFiles.length).toBeGreaterThan(5);
    // This file names what it looks for, so it is left out.
    const files = [...SHARED, ...browserFiles].filter((f) => f !== 'tests/unit/shared-process.test.ts');
    expect(files.flatMap(changesIn)).toEqual([]);
  });

  it('would name a file that stubs the environment or spies', () => {
    // The isolated CLI tests do both: the check finds them, line by line.
    const found = changesIn('tests/unit/playbook-cli.test.ts');
    expect(found.some((line) => /playbook-cli\.test\.ts:\d+: vi\.stubEnv\('OUT_DIR'/.test(line))).toBe(true);
    expect(changesIn('tests/unit/faults-cli.test.ts').some((line) => line.includes("vi.mock('node:fs'"))).toBe(true);
  });
});
