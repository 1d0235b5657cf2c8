/**
 * The library's sources against the shared advice-point catalogue. The build does not read the catalogue (a plain
 * clone builds on its own), so this test is where a source id, a point id or a credit drifting from it is caught.
 */
import { describe, expect, it } from 'vitest';
import { loadEntries } from '../../src/node/library/load.ts';
import { catalogueProblems } from '../../src/core/library/check-sources.ts';
import { formatProblem } from '../../src/core/library/problems.ts';
import { ARTICLE_TITLES } from '../../src/core/library/article-titles.ts';
import { readCatalogue } from '../helpers/catalogue.ts';

const CATALOGUE = '../shared/advice-points.yaml';

describe('the library against the shared catalogue', () => {
  const entries = loadEntries({ root: process.cwd(), contentDirs: ['content'] });
  const catalogue = readCatalogue(CATALOGUE);

  it('has exactly the catalogue sources, each with exactly its points and its credits', () => {
    expect(catalogueProblems(entries, catalogue, CATALOGUE, 'content').map(formatProblem)).toEqual([]);
    expect(entries.sources.map((s) => s.id).sort()).toEqual(catalogue.map((c) => c.id).sort());
  });

  it('quotes each article title kept outside content/ as the catalogue has it', () => {
    for (const [id, title] of Object.entries(ARTICLE_TITLES))
      expect(catalogue.find((c) => c.id === id)?.credit.title).toBe(title);
  });

  it('would catch a drifted credit or point', () => {
    const drifted = {
      ...entries,
      sources: entries.sources.map((s) =>
        s.id === 'au' ? { ...s, data: { ...s.data, organization: 'Elsewhere', points: s.data.points.slice(1) } } : s,
      ),
    };
    const problems = catalogueProblems(drifted, catalogue, CATALOGUE, 'content').map(formatProblem);
    expect(problems).toContainEqual(expect.stringMatching(/au\.yaml:\d+: organization: is 'Elsewhere' but .* credits/));
    expect(problems).toContainEqual(expect.stringMatching(/au\.yaml:\d+: points: missing point ids: au-1/));
  });
});
