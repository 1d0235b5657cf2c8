/** Company content folders over the library: add by id, replace by id, hide with `hidden: true`, add phrases. */
import { afterEach, describe, expect, it } from 'vitest';
import { loadLibrary, ValidationError } from '../../src/node/library/index.ts';
import { validFiles, writeFixture } from '../helpers/fixture-library.ts';

let cleanup = () => {};
afterEach(() => cleanup());

const TACTIC = 'content/tactics/listen-first.md';
const INTERNAL = `kind: internal
title: Spring launch review
summary: What our own spring launch taught us.
points:
  - { id: acme-review-1, label: Brief sales a week early, summary: Sales heard too late and guessed. }
`;

const tacticWith = (title: string, sources: string) =>
  validFiles()[TACTIC]!.replace('Listen first', title).replace('[alpha-1, beta-1]', sources);

function load(changes: Record<string, string | null>) {
  const fixture = writeFixture(changes);
  cleanup = fixture.cleanup;
  return loadLibrary({ root: fixture.root, contentDirs: ['content', 'acme'] });
}

function problems(changes: Record<string, string | null>): string[] {
  try {
    load(changes);
    return [];
  } catch (error) {
    if (error instanceof ValidationError) return error.message.split('\n');
    throw error;
  }
}

describe('a company content folder', () => {
  it('adds a tactic citing its own internal source', () => {
    const lib = load({
      'acme/sources/acme-review.yaml': INTERNAL,
      'acme/tactics/brief-sales-early.md': tacticWith('Brief sales early', '[acme-review-1]'),
    });
    expect(lib.tactics.map((t) => t.id)).toEqual(['brief-sales-early', 'listen-first', 'reset-together']);
    const added = lib.tactic('brief-sales-early');
    expect(added.file).toBe('acme/tactics/brief-sales-early.md');
    expect(lib.credits(added).map((c) => [c.source.id, c.source.data.kind])).toEqual([['acme-review', 'internal']]);
  });

  it('replaces a library entry with the same id', () => {
    const lib = load({
      'acme/tactics/listen-first.md': validFiles()[TACTIC]!.replace('Listen first', 'Listen our way'),
    });
    expect(lib.tactic('listen-first').data.title).toBe('Listen our way');
    expect(lib.tactic('listen-first').file).toBe('acme/tactics/listen-first.md');
    expect(lib.tactics).toHaveLength(2);
  });

  it('hides a library entry, and links to it go with it', () => {
    const lib = load({ 'acme/tactics/reset-together.md': '---\nhidden: true\n---\n' });
    expect(lib.tactics.map((t) => t.id)).toEqual(['listen-first']);
    expect(lib.tactic('listen-first').data.related).toEqual([]);
    expect(lib.playbooks[0]!.data.steps.map((s) => s.tactic)).toEqual(['listen-first']);
  });

  it('adds phrases to a library situation', () => {
    const lib = load({ 'acme/situations/new-in-role.yaml': 'phrases: [just joined acme as a pmm]\n' });
    const situation = lib.situations.find((s) => s.id === 'new-in-role')!;
    expect(situation.data.phrases).toEqual(['one', 'two', 'three', 'four', 'five', 'just joined acme as a pmm']);
    expect(situation.data.title).toBe('Title 1');
  });

  it('names the company file when its tactic cites an unknown point, hides nothing or hides with other keys', () => {
    expect(
      problems({
        'acme/tactics/brief-sales-early.md': validFiles()[TACTIC]!.replace('[alpha-1, beta-1]', '[acme-review-9]'),
        'acme/tactics/no-such-tactic.md': '---\nhidden: true\n---\n',
        'acme/playbooks/listening-tour.md': '---\nhidden: true\ntitle: Why\n---\n',
      }),
    ).toEqual([
      "acme/tactics/no-such-tactic.md:2: hidden: hides nothing: no earlier content folder has a tactic 'no-such-tactic'",
      'acme/playbooks/listening-tour.md:3: title: a file that hides an entry holds only `hidden: true` (allowed: hidden)',
      "acme/tactics/brief-sales-early.md:6: sources: unknown advice point 'acme-review-9'",
    ]);
  });

  it('requires a title of an internal source', () => {
    expect(problems({ 'acme/sources/acme-review.yaml': INTERNAL.replace(/^title: .*\n/m, '') })).toEqual([
      'acme/sources/acme-review.yaml: title: an internal source needs a title (e.g. "Q3 launch review")',
    ]);
  });
});
