/** Relevance floor on the development query set, against the real library; and the metrics themselves. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectLibrary } from '../helpers/library.ts';
import { buildDocuments } from '../../src/core/search/documents.ts';
import { evaluate, judgedQueries } from '../../src/core/search/evaluate.ts';
import { fuseDefaults } from '../../src/core/search/baselines/fuse-defaults.ts';
import { buildSearchIndex } from '../../src/core/search/fuse-index.ts';
import { createSearcher } from '../../src/core/search/search.ts';

describe('evaluate', () => {
  it('computes hit@1, hit@3 and MRR@10 from the first tactic citing an expected point', () => {
    const ranked: Record<string, string[][]> = {
      first: [['p1'], ['x']],
      third: [['x'], ['y'], ['z', 'p2']],
      none: [['x']],
    };
    const report = evaluate(
      [
        { q: 'first', expect: ['p1'] },
        { q: 'third', expect: ['p2'] },
        { q: 'none', expect: ['p3'] },
      ],
      (q) => ranked[q]!.map((sources, i) => ({ id: `${q}-${i}`, sources })),
    );
    expect(report.hitAt1).toBeCloseTo(1 / 3);
    expect(report.hitAt3).toBeCloseTo(2 / 3);
    expect(report.mrrAt10).toBeCloseTo((1 + 1 / 3) / 3);
    expect(report.misses).toEqual([{ q: 'none', expect: ['p3'], rank: null, top: ['none-0'] }]);
  });

  it('rejects a malformed query file with the entry it cannot read', () => {
    expect(() => judgedQueries({ queries: [{ q: 'x', expect: ['a'] }, { q: 3 }] })).toThrow('queries[1]');
    expect(() => judgedQueries({})).toThrow('queries:');
  });
});

describe('search relevance on the development set', () => {
  const queries = judgedQueries(parse(readFileSync('../shared/search-queries-dev.yaml', 'utf8')));
  const docs = buildDocuments(projectLibrary());
  const search = createSearcher(buildSearchIndex(docs));
  const ours = evaluate(queries, (q) => search.search(q).results);

  it('keeps hit@3 ≥ 0.9 and MRR@10 ≥ 0.75', () => {
    expect(queries.length).toBeGreaterThanOrEqual(10);
    expect(ours.hitAt3, JSON.stringify(ours.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
    expect(ours.mrrAt10).toBeGreaterThanOrEqual(0.75);
  });

  it('beats fuse.js with default options over the same fields', () => {
    const defaults = evaluate(queries, fuseDefaults(docs));
    expect(ours.mrrAt10).toBeGreaterThan(defaults.mrrAt10);
    expect(ours.hitAt3).toBeGreaterThan(defaults.hitAt3);
  });
});
