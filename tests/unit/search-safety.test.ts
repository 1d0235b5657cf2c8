/** Hostile and odd input: huge pastes, broken Unicode, markup, regex characters. Nothing throws, nothing stalls. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectLibrary } from '../helpers/library.ts';
import { buildSearchData } from '../../src/core/search/documents.ts';
import { highlight } from '../../src/core/search/highlight.ts';
import { createSearcher } from '../../src/core/search/search.ts';

const search = createSearcher(buildSearchData(projectLibrary()));

/** Runs a query and returns how long it took, in ms. */
function timed(query: string): number {
  const start = performance.now();
  const r = search.search(query);
  expect(r.results.map((h) => h.score)).toEqual([...r.results.map((h) => h.score)].sort((a, b) => b - a));
  return performance.now() - start;
}

describe('search safety', () => {
  it('answers 10,000-character queries quickly', () => {
    const pastes = [
      'x'.repeat(10_000),
      'launch '.repeat(1_430),
      Array.from({ length: 2_000 }, (_, i) => `word${i}`)
        .join(' ')
        .slice(0, 10_000),
      'sales keeps promising features we have not built, '.repeat(200),
      'ab'.repeat(5_000),
    ];
    for (const q of pastes) {
      expect(q.length).toBeGreaterThanOrEqual(9_990);
      expect(timed(q)).toBeLessThan(1_000);
    }
  });

  it('survives odd Unicode, markup and regex characters', () => {
    const odd = [
      '\u0000\u0001\u001f',
      '\uD800 lone surrogate \uDFFF',
      '👩‍👩‍👧‍👦 🏳️‍🌈 ☃︎',
      'مرحبا بالعالم 中文 日本語 עברית',
      '\u202Eevil right-to-left\u202C',
      'ﬁnd ǅemal Ⅻ ẞ İstanbul',
      'e\u0301\u0301\u0301\u0301 combining',
      '<script>alert(1)</script><img src=x onerror=alert(1)>',
      '.*+?^${}()|[]\\/ \\d+ (a+)+$',
      '  \t\n  ',
      'a'.repeat(33),
    ];
    for (const q of odd) expect(timed(q), JSON.stringify(q)).toBeLessThan(1_000);
  });

  it('never throws and always returns ranked, well-formed results (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (q) => {
        const r = search.search(q, { limit: 5 });
        expect(r.results.length).toBeLessThanOrEqual(5);
        for (const h of [...r.results, ...r.playbooks, ...r.situations]) {
          expect(h.score).toBeGreaterThanOrEqual(0);
          expect(h.score).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('highlights without changing or interpreting the text (property)', () => {
    const terms = search.search('sales roadmap launch').terms;
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(
          highlight(text, terms)
            .map((s) => s.text)
            .join(''),
        ).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
