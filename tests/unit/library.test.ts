import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadLibrary, ValidationError } from '../../src/node/library/index.ts';
import { loadEntries } from '../../src/node/library/load.ts';
import { catalogueProblems } from '../../src/core/library/check-sources.ts';
import { formatProblem } from '../../src/core/library/problems.ts';
import { readCatalogue } from '../helpers/catalogue.ts';
import type { LibraryEntries } from '../../src/core/library/types.ts';
import { validFiles, writeFixture } from '../helpers/fixture-library.ts';

let cleanup = () => {};
afterEach(() => cleanup());

/** Loads the fixture with changes and returns the formatted problems (empty when valid). */
function problemsWith(changes: Record<string, string | null>): string[] {
  const fixture = writeFixture(changes);
  cleanup = fixture.cleanup;
  try {
    loadLibrary({ root: fixture.root });
    return [];
  } catch (error) {
    if (error instanceof ValidationError) return error.message.split('\n');
    throw error;
  }
}

/** The fixture's sources checked against its catalogue (what the catalogue test does for the real library). */
function catalogueProblemsWith(
  changes: Record<string, string | null>,
  change: (entries: LibraryEntries) => void = () => {},
): string[] {
  const fixture = writeFixture(changes);
  cleanup = fixture.cleanup;
  const entries = loadEntries({ root: fixture.root });
  change(entries);
  const catalogue = readCatalogue(join(fixture.root, 'advice-points.yaml'));
  return catalogueProblems(entries, catalogue, 'advice-points.yaml', 'content').map(formatProblem);
}

const edit = (path: string, from: string | RegExp, to: string) => ({ [path]: validFiles()[path]!.replace(from, to) });
const TACTIC = 'content/tactics/listen-first.md';

describe('loadLibrary', () => {
  it('loads a valid library with its cross-links', () => {
    const fixture = writeFixture();
    cleanup = fixture.cleanup;
    const lib = loadLibrary({ root: fixture.root });
    expect(lib.tactics.map((t) => t.id)).toEqual(['listen-first', 'reset-together']);
    expect(lib.playbooksWith('reset-together').map((p) => p.id)).toEqual(['listening-tour']);
    expect(lib.tacticsCiting('beta').map((t) => t.id)).toEqual(['listen-first']);
    expect(lib.credits(lib.tactic('listen-first')).map((c) => c.source.id)).toEqual(['alpha', 'beta']);
    expect(lib.profiles[0]!.data.reporting).toEqual({ same_leader: true, leaders_aligned: true });
  });

  it('names file, line and field when a title is missing', () => {
    expect(problemsWith(edit(TACTIC, /^title: .*\n/m, ''))).toEqual([`${TACTIC}:2: title: is required`]);
  });

  it('names the bad situation id, suggests the nearest and lists the allowed ones', () => {
    const [line] = problemsWith(edit(TACTIC, 'situations: [new-in-role,', 'situations: [new-in-rol,'));
    expect(line).toMatch(
      /^content\/tactics\/listen-first\.md:4: situations\.0: 'new-in-rol' is not allowed; did you mean 'new-in-role'\? \(allowed: new-in-role, tense-relationship, /,
    );
  });

  it('rejects an unknown advice point with file, field and value', () => {
    expect(problemsWith(edit(TACTIC, '[alpha-1, beta-1]', '[alpha-1, beta-9]'))).toEqual([
      `${TACTIC}:6: sources: unknown advice point 'beta-9'; did you mean 'beta-1'?`,
    ]);
  });

  it('rejects unknown keys, naming the nearest allowed key', () => {
    const [line] = problemsWith(edit(TACTIC, 'phase: listen', 'phase: listen\nphse: x'));
    expect(line).toMatch(/listen-first\.md:\d+: phse: unknown key; did you mean 'phase'\? \(allowed: title, summary,/);
  });

  it('rejects an unknown related tactic and a playbook step naming a missing tactic', () => {
    const problems = problemsWith({
      ...edit(TACTIC, '[reset-together]', '[reset-togther]'),
      ...edit('content/playbooks/listening-tour.md', 'tactic: reset-together', 'tactic: nope'),
    });
    expect(problems).toContain(`${TACTIC}:17: related: unknown tactic 'reset-togther'; did you mean 'reset-together'?`);
    expect(
      problems.some(
        (p) =>
          p.startsWith('content/playbooks/listening-tour.md:') && p.includes("steps.1.tactic: unknown tactic 'nope'"),
      ),
    ).toBe(true);
  });

  it('rejects a duplicate id across .md and .mdx', () => {
    const problems = problemsWith({ 'content/tactics/listen-first.mdx': validFiles()[TACTIC]! });
    expect(problems).toEqual([
      "content/tactics/listen-first.mdx: (id): duplicate id 'listen-first': content/tactics/listen-first.md has it too",
    ]);
  });

  it('builds without the catalogue: points are the ones the sources declare, each declared once', () => {
    expect(problemsWith(edit(TACTIC, '[alpha-1, beta-1]', '[alpha-1, alpha-3]'))).toEqual([
      `${TACTIC}:6: sources: unknown advice point 'alpha-3'; did you mean 'alpha-1'?`,
    ]);
    expect(
      problemsWith(edit('content/sources/beta.yaml', '{ id: beta-1', '{ id: alpha-1')).filter((p) =>
        p.includes('duplicate point id'),
      ),
    ).toEqual([
      "content/sources/beta.yaml:5: points.0.id: duplicate point id 'alpha-1': content/sources/alpha.yaml declares it too",
    ]);
  });

  it('requires source point ids to match the catalogue', () => {
    // Valid content whose source 'alpha' declares alpha-3 where the catalogue has alpha-2 (changed after loading).
    const problems = catalogueProblemsWith({}, (entries) => {
      const alpha = entries.sources.find((s) => s.id === 'alpha')!;
      alpha.data = { ...alpha.data, points: [alpha.data.points[0]!, { ...alpha.data.points[1]!, id: 'alpha-3' }] };
    });
    expect(problems).toEqual([
      "content/sources/alpha.yaml:8: points.1.id: 'alpha-3' is not a point of source 'alpha' in advice-points.yaml (allowed: alpha-1, alpha-2)",
      'content/sources/alpha.yaml:7: points: missing point ids: alpha-2 (as listed in advice-points.yaml)',
    ]);
  });

  it('reports a missing source file and an unknown source file', () => {
    const problems = catalogueProblemsWith({
      'content/sources/beta.yaml': null,
      'content/sources/gamma.yaml': validFiles()['content/sources/beta.yaml']!,
    });
    expect(problems).toContain(
      "content/sources/gamma.yaml: (file name): unknown source 'gamma' (not in advice-points.yaml) (allowed: alpha, beta)",
    );
    expect(problems).toContain(
      "content/sources/beta.yaml: (file): missing: source 'beta' of advice-points.yaml has no file",
    );
  });

  it('requires the body sections of a tactic', () => {
    expect(problemsWith(edit(TACTIC, '## Pitfalls', '## Traps'))).toEqual([
      `${TACTIC}:22: body: missing section: Pitfalls`,
    ]);
  });

  it('reports a YAML syntax error with its line', () => {
    const [line] = problemsWith({ 'content/sources/beta.yaml': 'kind: article\ntitle: [unclosed\n' });
    expect(line).toMatch(/^content\/sources\/beta\.yaml:\d: \(syntax\): not valid YAML/);
  });

  it('collects problems from several files at once', () => {
    const problems = problemsWith({
      ...edit(TACTIC, 'effort: light', 'effort: huge'),
      'content/situations/small-company.yaml': null,
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain("card.effort: 'huge' is not allowed (allowed: light, moderate, heavy)");
    expect(problems[1]).toContain("situation 'small-company' has no file");
  });
});
