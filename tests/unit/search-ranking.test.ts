/** Ranking: field weights, term coverage, situation expansion, filters and the results shape; then the real library. */
import { describe, expect, it } from 'vitest';
import { projectLibrary } from '../helpers/library.ts';
import { buildSearchData } from '../../src/core/search/documents.ts';
import { buildSearchIndex } from '../../src/core/search/fuse-index.ts';
import { parseQuery, queryContext } from '../../src/core/search/query.ts';
import { createRanker } from '../../src/core/search/rank.ts';
import { createSearcher } from '../../src/core/search/search.ts';
import type { DocKind, SearchDoc, SearchFields, SearchResults } from '../../src/core/search/types.ts';

type Spec = Partial<SearchFields> & { kind?: DocKind; situationIds?: string[]; audience?: string[]; stages?: string[] };

/** A document with only the fields a test cares about. */
function doc(id: string, spec: Spec): SearchDoc {
  const title = spec.title ?? `Document ${id}`;
  return {
    kind: spec.kind ?? 'tactic',
    id,
    title,
    summary: spec.summary ?? '',
    url: `/${spec.kind ?? 'tactic'}s/${id}/`,
    situations: spec.situationIds ?? [],
    audience: spec.audience ?? ['pmm'],
    stages: spec.stages ?? ['startup'],
    sources: [`${id}-1`],
    fields: {
      title,
      summary: spec.summary ?? '',
      situations: spec.situations ?? [],
      phrases: spec.phrases ?? [],
      audience: [],
      body: spec.body ?? 'filler words about working together',
    },
  };
}

const synthetic = createSearcher(
  buildSearchIndex([
    doc('title-match', { title: 'Make the roadmap visible' }),
    doc('body-match', { body: 'share the roadmap every week' }),
    doc('one-term', { title: 'Settle pricing' }),
    doc('both-terms', { title: 'Settle the pricing debate' }),
    doc('under-situation', { situationIds: ['overpromise'], audience: ['sales'], stages: ['enterprise'] }),
    doc('elsewhere', { situationIds: ['other'] }),
    doc('overpromise', {
      kind: 'situation',
      title: 'Sales promises too much',
      phrases: ['reps overpromise to close deals', 'sales commits dates nobody agreed'],
    }),
    doc('other', { kind: 'situation', title: 'Something else', phrases: ['unrelated words'] }),
    doc('a-playbook', { kind: 'playbook', title: 'Roadmap review ritual', situationIds: ['other'] }),
  ]),
);
const ids = (r: SearchResults) => r.results.map((h) => h.id);

describe('ranking (synthetic documents)', () => {
  it('ranks a title match above a body-only match', () => {
    expect(ids(synthetic.search('roadmap')).slice(0, 2)).toEqual(['title-match', 'body-match']);
  });

  it('ranks a document matching every term above one matching only some', () => {
    expect(ids(synthetic.search('pricing debate'))[0]).toBe('both-terms');
    expect(ids(synthetic.search('pricing debate'))).toContain('one-term');
  });

  it('treats situation phrases as synonyms: the query finds the situation, and the situation its tactics', () => {
    const r = synthetic.search('reps overpromise');
    expect(r.situations.map((s) => s.id)).toEqual(['overpromise']);
    expect(ids(r)).toEqual(['under-situation']);
  });

  it('returns playbooks beside tactics and never lists a document twice', () => {
    const r = synthetic.search('roadmap roadmaps review');
    expect(r.playbooks.map((p) => p.id)).toEqual(['a-playbook']);
    expect(new Set(ids(r)).size).toBe(r.results.length);
  });

  it('filters tactics by situation, audience and stage', () => {
    expect(ids(synthetic.search('reps overpromise', { filters: { audience: 'sales' } }))).toEqual(['under-situation']);
    expect(ids(synthetic.search('reps overpromise', { filters: { audience: 'pm' } }))).toEqual([]);
    expect(ids(synthetic.search('reps overpromise', { filters: { stage: 'startup' } }))).toEqual([]);
    expect(
      ids(synthetic.search('reps overpromise', { filters: { situation: 'overpromise', stage: 'enterprise' } })),
    ).toEqual(['under-situation']);
    // Situation suggestions are not filtered: they help whatever the filters say.
    expect(synthetic.search('reps overpromise', { filters: { audience: 'pm' } }).situations.map((s) => s.id)).toEqual([
      'overpromise',
    ]);
  });

  it('orders by score, keeps scores in [0, 1], honours the limit and counts what it cut', () => {
    const r = synthetic.search('roadmap pricing', { limit: 1 });
    expect(r.results).toHaveLength(1);
    expect(r.total).toBeGreaterThan(1);
    const all = synthetic.search('roadmap pricing', { limit: 10 }).results.map((h) => h.score);
    expect(all).toEqual([...all].sort((a, b) => b - a));
    for (const s of all) {
      expect(s).toBeGreaterThan(0);
      expect(s).toBeLessThanOrEqual(1);
    }
  });

  it('scores a word most documents hold only where the rarer words of the query matched', () => {
    const data = buildSearchIndex([
      ...Array.from({ length: 7 }, (_, i) => doc(`meeting-${i}`, { title: `Run meeting ${i}` })),
      doc('pricing-meeting', { title: 'Run the pricing meeting' }),
      doc('pricing-only', { title: 'Settle pricing' }),
      doc('neither', { title: 'Something else' }),
    ]);
    const rank = createRanker(data);
    const context = queryContext(data);
    const scores = (q: string) =>
      Object.fromEntries([...rank(parseQuery(q, context))].map((s, i) => [data.docs[i]!.id, s]));
    const alone = scores('meeting');
    expect(Object.keys(alone).filter((id) => alone[id]! > 0)).toHaveLength(8);
    const both = scores('pricing meeting');
    expect(
      Object.keys(both)
        .filter((id) => both[id]! > 0)
        .sort(),
    ).toEqual(['pricing-meeting', 'pricing-only']);
    expect(both['pricing-meeting']).toBeGreaterThan(both['pricing-only']!);
  });

  it('answers a query of only stop words, or nothing, with nothing', () => {
    for (const q of ['', '   ', 'how do I', '?!']) {
      const r = synthetic.search(q);
      expect([r.results, r.playbooks, r.situations, r.terms]).toEqual([[], [], [], []]);
    }
  });
});

describe('ranking (the library)', () => {
  const lib = projectLibrary();
  const search = createSearcher(buildSearchData(lib));
  const situationsOf = (id: string) => lib.tactic(id).data.situations;

  it('finds the situation a problem describes and leads with its tactics', () => {
    for (const [query, situation] of [
      ["sales keeps promising features we haven't built", 'sales-overpromising'],
      ['marketing hears about launches last minute', 'late-involvement'],
      ['debates never end and nobody commits', 'stalled-decisions'],
    ] as const) {
      const r = search.search(query);
      expect(r.situations[0]?.id, query).toBe(situation);
      expect(
        r.results.slice(0, 3).every((h) => situationsOf(h.id).includes(situation)),
        query,
      ).toBe(true);
    }
  });

  it('tolerates typos: "dissagree and comit" leads with the disagree-and-commit tactic', () => {
    const r = search.search('dissagree and comit');
    expect(r.results[0]!.title).toMatch(/disagree-and-commit/i);
    expect(r.terms.every((t) => t.corrected)).toBe(true);
  });

  it('gives the same answer to the same query, whatever the case and accents', () => {
    expect(ids(search.search('Joint Planning Workshop'))).toEqual(ids(search.search('joint planning wörkshop')));
  });
});
