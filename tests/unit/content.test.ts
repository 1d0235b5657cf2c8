/** The real library meets the coverage rules: every situation has tactics and a playbook, every advice point is cited. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { projectLibrary } from '../helpers/library.ts';

const lib = projectLibrary();

describe('content library', () => {
  it('gives every situation at least 3 tactics and 1 playbook', () => {
    const thin = lib.situations
      .filter((s) => lib.tacticsFor(s.id).length < 3 || lib.playbooksFor(s.id).length < 1)
      .map((s) => s.id);
    expect(thin).toEqual([]);
  });

  it('cites every advice point of the catalogue in some tactic', () => {
    const catalogue = parse(readFileSync('../shared/advice-points.yaml', 'utf8')) as {
      sources: { points: { id: string }[] }[];
    };
    const cited = new Set(lib.tactics.flatMap((t) => t.data.sources));
    expect(catalogue.sources.flatMap((s) => s.points.map((p) => p.id)).filter((id) => !cited.has(id))).toEqual([]);
  });

  it('has at least 45 tactics, 8 playbooks and 4 example profiles', () => {
    expect(lib.tactics.length).toBeGreaterThanOrEqual(45);
    expect(lib.playbooks.length).toBeGreaterThanOrEqual(8);
    expect(lib.profiles.length).toBeGreaterThanOrEqual(4);
  });
});
