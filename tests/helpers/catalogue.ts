/** The shared catalogue of advice points (../shared/advice-points.yaml): the ids content must cite. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ValidationError } from '../../src/core/library/problems.ts';
import type { CatalogueSource } from '../../src/core/library/types.ts';

/** Reads the catalogue; a missing or malformed file is a problem naming the file. */
export function readCatalogue(file: string): CatalogueSource[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new ValidationError([
      {
        file,
        field: '(file)',
        problem: 'advice-point catalogue not found; this test needs ../shared beside the project',
      },
    ]);
  }
  type Raw = {
    id: string;
    author?: string;
    role?: string;
    organization?: string;
    title?: string;
    points?: { id: string }[];
  };
  const data = parse(text) as { sources?: Raw[] };
  if (!Array.isArray(data?.sources))
    throw new ValidationError([{ file, field: 'sources', problem: 'must be a list of sources' }]);
  return data.sources.map((s) => ({
    id: s.id,
    points: (s.points ?? []).map((p) => p.id),
    credit: { author: s.author, role: s.role, organization: s.organization, title: s.title },
  }));
}
