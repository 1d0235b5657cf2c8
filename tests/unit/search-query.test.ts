/** Query understanding: folding, stemming, stop words, spelling correction, synonyms, rarity, highlighting. */
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/core/distance.ts';
import { buildSearchIndex } from '../../src/core/search/fuse-index.ts';
import { highlight } from '../../src/core/search/highlight.ts';
import { parseQuery, queryContext } from '../../src/core/search/query.ts';
import { MAX_TERMS } from '../../src/core/search/terms.ts';
import { fold, stem, tokens, words } from '../../src/core/search/text.ts';
import type { SearchDoc } from '../../src/core/search/types.ts';
import { compileVocabulary } from '../../src/core/search/vocabulary.ts';

/** A tiny library of documents for the vocabulary. */
function docs(): SearchDoc[] {
  const make = (id: string, title: string, body: string): SearchDoc => ({
    kind: 'tactic',
    id,
    title,
    summary: '',
    url: `/tactics/${id}/`,
    situations: [],
    audience: [],
    stages: [],
    sources: [],
    fields: { title, summary: '', situations: [], phrases: [], audience: [], body: `${body} team` },
  });
  return [
    make('a', 'Disagree and commit with a decision record', 'debate decisions commit committed'),
    make('b', 'Agree shared success metrics', 'metrics dashboard kpi'),
    make('c', 'Write a joint charter', 'joint charter leaders'),
    make('d', 'Sales keeps promising features', 'sales promise promised promising roadmap'),
    make('e', 'Plan the launch together', 'launch launches planning planned plans'),
  ];
}
/** The shorthand the test library's vocabulary knows (the real one is content/vocabulary.yaml). */
const vocabulary = compileVocabulary([
  { term: 'KPI', also: ['KPIs'], means: ['metric'], situations: [], hidden: false },
]);
const context = queryContext(buildSearchIndex(docs(), vocabulary));
const parse = (q: string) => parseQuery(q, context).terms;

describe('text', () => {
  it('folds case, accents and apostrophes, and keeps word offsets into the original', () => {
    expect(fold('Rôle’s ÉQUIPE')).toBe('roles equipe');
    expect(tokens("We haven't built it — yet!")).toEqual(['we', 'havent', 'built', 'it', 'yet']);
    const text = 'Sales, promising';
    expect(words(text).map((w) => text.slice(w.start, w.end))).toEqual(['Sales', 'promising']);
  });

  it('stems common endings so one stem starts every form', () => {
    for (const [word, expected] of [
      ['promising', 'promis'],
      ['promises', 'promis'],
      ['launches', 'launch'],
      ['planning', 'plan'],
      ['committed', 'commit'],
      ['priorities', 'priorit'],
      ['kpis', 'kpi'],
      ['process', 'process'],
      ['sales', 'sale'],
    ] as const)
      expect(stem(word), word).toBe(expected);
  });

  it('counts edits with transpositions and gives up past the bound', () => {
    expect(editDistance('comit', 'commit')).toBe(1);
    expect(editDistance('recieve', 'receive')).toBe(1);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });
});

describe('parseQuery', () => {
  it('drops stop words and everyday filler, keeping the words that carry the problem', () => {
    expect(parse('how do I stop sales from promising features we have not built').map((t) => t.word)).toEqual([
      'sales',
      'promising',
      'features',
    ]);
  });

  it('corrects misspellings to the library’s words and says so', () => {
    const terms = parse('dissagree and comit');
    expect(terms.map((t) => [t.word, t.corrected])).toEqual([
      ['dissagree', true],
      ['comit', true],
    ]);
    expect(terms[0]!.patterns).toEqual([' disagre']);
    expect(terms[1]!.patterns.map((p) => p.trim())).toContain('commit');
  });

  it('searches a stem as a word start, but whole forms when the stem also starts unrelated words', () => {
    expect(parse('promised').map((t) => t.patterns)).toEqual([[' promis']]);
    // "join" would also find "joint": the library has no form of "join", so the word is not searched at all.
    expect(parse('joined')).toEqual([]);
  });

  it('adds the library’s word for the vocabulary’s shorthand, after the word as typed', () => {
    expect(parse('KPIs').flatMap((t) => t.patterns)).toEqual([' kpi', ' metric']);
  });

  it('weights rare words above common ones, and skips a word every document has when rarer ones are given', () => {
    expect(parse('dashboard')[0]!.weight).toBeGreaterThan(parse('team')[0]!.weight);
    expect(parse('team dashboard').map((t) => t.word)).toEqual(['dashboard']);
    expect(parse('team').map((t) => t.word)).toEqual(['team']);
  });

  it('searches each word once and at most a handful of terms', () => {
    expect(parse('launch launches launching').map((t) => t.word)).toEqual(['launch']);
    const many = parse(
      'disagree commit debate decision record metrics dashboard joint charter leaders sales promise roadmap launch ' +
        'planning shared success write features together',
    );
    expect(many.length).toBe(MAX_TERMS);
  });

  it('cuts a pasted run of letters to a short pattern (at most 32 characters)', () => {
    const terms = parse(`${'x'.repeat(200)} launch`);
    for (const t of terms) for (const p of t.patterns) expect(p.length).toBeLessThanOrEqual(32);
  });
});

describe('highlight', () => {
  it('marks whole words the terms match, keeping the original text', () => {
    const terms = parse('promising roadmap');
    const segments = highlight('Sales keeps PROMISING the Roadmap.', terms);
    expect(segments.map((s) => s.text).join('')).toBe('Sales keeps PROMISING the Roadmap.');
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['PROMISING', 'Roadmap']);
  });

  it('returns the text unmarked when nothing matches, and never interprets it', () => {
    expect(highlight('<b>bold</b>', parse('launch'))).toEqual([{ text: '<b>bold</b>', match: false }]);
  });
});
