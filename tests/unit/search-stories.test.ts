/** Ranking behaviours for situations told as stories: rarity, jargon, phrasings, per-kind cut-offs, long queries. */
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/core/search/fuse-index.ts';
import { createSearcher } from '../../src/core/search/search.ts';
import type { DocKind, SearchDoc, SearchResults } from '../../src/core/search/types.ts';
import { compileVocabulary } from '../../src/core/search/vocabulary.ts';
import type { VocabularyEntry } from '../../src/core/schema/index.ts';

interface Spec {
  kind?: DocKind;
  title: string;
  body?: string;
  phrases?: string[];
  situations?: string[];
  steps?: string[];
}

/** A document with only the fields a test cares about. */
function doc(id: string, spec: Spec): SearchDoc {
  const kind = spec.kind ?? 'tactic';
  return {
    kind,
    id,
    title: spec.title,
    summary: '',
    url: `/${kind}s/${id}/`,
    situations: kind === 'situation' ? [id] : (spec.situations ?? []),
    audience: ['pmm'],
    stages: ['startup'],
    sources: [`${id}-1`],
    ...(spec.steps && { steps: spec.steps }),
    fields: {
      title: spec.title,
      summary: '',
      situations: [],
      phrases: spec.phrases ?? [],
      audience: [],
      body: spec.body ?? '',
    },
  };
}

const entry = (e: Partial<VocabularyEntry> & { term: string }): VocabularyEntry => ({
  also: [],
  means: [],
  situations: [],
  hidden: false,
  ...e,
});

const searcher = (docs: SearchDoc[], vocabulary: VocabularyEntry[] = []) =>
  createSearcher(buildSearchIndex(docs, compileVocabulary(vocabulary)));
const ids = (r: SearchResults) => r.results.map((h) => h.id);

/** Words every document uses: they say nothing about which one a query wants. */
const COMMON = 'product team customer launch marketing';

describe('ranking weighs what a word tells', () => {
  it('ranks the one document with a rare query word above those matching many common ones in the title', () => {
    const search = searcher([
      ...Array.from({ length: 8 }, (_, i) => doc(`habit-${i}`, { title: `Product team habit ${i}`, body: COMMON })),
      doc('all-common', { title: 'Launch the product with the customer team', body: COMMON }),
      doc('commission', { title: 'Fix the plan', body: `${COMMON} commission` }),
    ]);
    expect(ids(search.search('product team launch customer commission'))[0]).toBe('commission');
  });
});

describe('the vocabulary', () => {
  const docs = [
    doc('coach-sales', { title: 'Coach sales before the call', body: COMMON }),
    doc('brief-execs', { title: 'Brief the executive team', body: COMMON }),
    doc('write-charter', { title: 'Write a charter', body: COMMON }),
    doc('surprises', {
      kind: 'situation',
      title: 'Releases come as a surprise',
      phrases: ['nobody warns us before a release'],
    }),
    doc('notice-window', { title: 'Agree a notice window', body: COMMON, situations: ['surprises'] }),
    doc('join-calls', { title: 'Join customer calls', body: COMMON }),
  ];
  const search = searcher(docs, [
    entry({ term: 'AE', also: ['account executive'], means: ['sales'] }),
    entry({ term: 'found out from a customer', situations: ['surprises'] }),
  ]);

  it('expands jargon into the library’s words, and a long form stands for its acronym, not for its words', () => {
    for (const q of ['our AEs oversold', 'an account executive oversold']) {
      const r = search.search(q);
      expect(ids(r)[0], q).toBe('coach-sales');
      expect(ids(r), q).not.toContain('brief-execs');
      expect(r.understood, q).toEqual([{ kind: 'jargon', from: 'AE', to: ['sales'] }]);
    }
  });

  it('reads an everyday phrasing as its situation and leads with the situation’s tactics', () => {
    expect(ids(search.search('one of our customers'))[0]).not.toBe('notice-window');
    const r = search.search('I found out about it from one of our customers');
    expect(r.situations.map((s) => s.id)).toEqual(['surprises']);
    expect(ids(r)[0]).toBe('notice-window');
    expect(r.understood).toEqual([
      { kind: 'situation', from: 'found out about it from one of our customers', to: ['Releases come as a surprise'] },
    ]);
  });
});

describe('cut-offs per kind', () => {
  const docs = (steps?: string[]) => [
    doc('tour', { kind: 'playbook', title: 'Listening tour', ...(steps && { steps }) }),
    doc('first-meetings', { title: 'Meet everyone once', body: COMMON }),
    doc('play-back', { title: 'Play back the plan', body: COMMON }),
    doc('listen-in', { title: 'Sit in on their meetings', body: `${COMMON} listening` }),
    doc('unrelated', { title: 'Write a charter', body: COMMON }),
  ];

  it('returns the tactics a query’s words match even when a playbook matches it perfectly', () => {
    const r = searcher(docs()).search('listening tour');
    expect(r.playbooks.map((p) => p.id)).toEqual(['tour']);
    expect(ids(r)).toEqual(['listen-in']);
  });

  it('leads with the tactics of the playbook a query names', () => {
    const r = searcher(docs(['first-meetings', 'play-back'])).search('listening tour');
    expect(ids(r).slice(0, 2).sort()).toEqual(['first-meetings', 'play-back']);
    expect(ids(r)).not.toContain('unrelated');
  });
});

describe('a long story', () => {
  // Everyday words of a story, each in one unrelated document: all informative, none about the problem.
  const FILLER = ['monday', 'coffee', 'office', 'email', 'calendar', 'slides', 'budget', 'hiring', 'travel', 'lunch'];
  const search = searcher([
    doc('overpromising', {
      kind: 'situation',
      title: 'Sales promises what is not built',
      phrases: ['reps promise features to prospects', 'sales commits to dates'],
    }),
    doc('correct-privately', { title: 'Correct the rep privately', body: COMMON, situations: ['overpromising'] }),
    doc('show-the-roadmap', { title: 'Show the roadmap', body: `${COMMON} prospects`, situations: ['overpromising'] }),
    ...FILLER.map((w) => doc(`about-${w}`, { title: `Plan the ${w}`, body: `${COMMON} ${w}` })),
  ]);

  it('is scored on its informative words: it finds what the short query finds, situation included', () => {
    const short = search.search('reps promise features to prospects');
    const story = search.search(
      'on monday over coffee in the office I read an email saying one of our reps had promised features to two ' +
        'prospects, which wrecked my calendar, my slides, the budget review, a hiring call, my travel and lunch',
    );
    expect(story.query.split(' ').length).toBeGreaterThanOrEqual(35);
    expect(short.situations.map((s) => s.id)).toEqual(['overpromising']);
    expect(story.situations.map((s) => s.id)).toEqual(['overpromising']);
    expect(ids(story).slice(0, 2).sort()).toEqual(ids(short).slice(0, 2).sort());
  });
});
