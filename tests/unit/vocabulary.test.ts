/** The search vocabulary as content: validation with file:line, merging by term, and the real file's entries. */
import { afterEach, describe, expect, it } from 'vitest';
import { mergeVocabulary } from '../../src/core/library/merge-vocabulary.ts';
import type { Entry } from '../../src/core/library/types.ts';
import { vocabularySchema, type VocabularyFile } from '../../src/core/schema/index.ts';
import { buildSearchData } from '../../src/core/search/documents.ts';
import { Lexicon } from '../../src/core/search/lexicon.ts';
import { tokens } from '../../src/core/search/text.ts';
import { loadLibrary, ValidationError } from '../../src/node/library/index.ts';
import { projectLibrary } from '../helpers/library.ts';
import { writeFixture } from '../helpers/fixture-library.ts';

let cleanup = () => {};
afterEach(() => cleanup());

const FILE = 'content/vocabulary.yaml';

/** Loads the fixture library with this vocabulary file and returns the formatted problems (empty when valid). */
function problemsWith(vocabulary: string): string[] {
  const fixture = writeFixture({ [FILE]: vocabulary });
  cleanup = fixture.cleanup;
  try {
    loadLibrary({ root: fixture.root });
    return [];
  } catch (error) {
    if (error instanceof ValidationError) return error.message.split('\n');
    throw error;
  }
}

describe('content/vocabulary.yaml validation', () => {
  it('accepts jargon, phrasings and a folder without the file', () => {
    expect(
      problemsWith(
        'terms:\n  - { term: AE, also: [AEs], means: [sales] }\n  - term: nobody told us\n    situations: [poor-communication]\n',
      ),
    ).toEqual([]);
    const fixture = writeFixture();
    cleanup = fixture.cleanup;
    expect(loadLibrary({ root: fixture.root }).vocabulary).toEqual([]);
  });

  it('names the line of an unknown situation id, suggests the nearest and lists the allowed ones', () => {
    const [line] = problemsWith(
      'terms:\n  - { term: AE, means: [sales] }\n  - term: told a prospect\n    situations:\n      - sales-overpromissing\n',
    );
    expect(line).toMatch(
      /^content\/vocabulary\.yaml:5: terms\.1\.situations\.0: unknown situation 'sales-overpromissing'; did you mean 'sales-overpromising'\? \(allowed: new-in-role, tense-relationship, /,
    );
  });

  it('names the line of an unknown key with the nearest allowed one', () => {
    expect(problemsWith('terms:\n  - term: AE\n    mean: [sales]\n')).toEqual([
      `${FILE}:3: terms.0.mean: unknown key; did you mean 'means'? (allowed: term, also, means, situations, hidden)`,
      `${FILE}:2: terms.0.means: needs means (library words) or situations (situation ids), or hidden: true`,
    ]);
  });

  it('needs means or situations, and a term with a letter or digit', () => {
    expect(problemsWith('terms:\n  - { term: AE }\n  - { term: "--", means: [sales] }\n')).toEqual([
      `${FILE}:2: terms.0.means: needs means (library words) or situations (situation ids), or hidden: true`,
      `${FILE}:3: terms.1.term: needs at least one letter or digit`,
    ]);
  });

  it('rejects a spelling that two entries share, however it is punctuated', () => {
    expect(
      problemsWith(
        'terms:\n  - { term: win/loss, means: [deals] }\n  - term: QBR\n    also: [Win-Loss]\n    means: [review]\n',
      ),
    ).toEqual([
      `${FILE}:4: terms.1.also.0: 'Win-Loss' is the same as 'win/loss' (line 2): give each spelling one entry`,
    ]);
  });

  it('reports a YAML syntax error with its line', () => {
    expect(problemsWith('terms:\n  - { term: AE, means: [sales]\n')[0]).toMatch(
      /^content\/vocabulary\.yaml:\d+: \(syntax\): not valid YAML/,
    );
  });
});

describe('mergeVocabulary', () => {
  const file = (name: string, terms: unknown[]): Entry<VocabularyFile> => ({
    id: 'vocabulary',
    file: `${name}/vocabulary.yaml`,
    data: vocabularySchema.parse({ terms }),
    body: '',
    bodyLine: 0,
    locate: () => undefined,
  });

  it('lets a later folder replace a term in place, add terms and remove one with hidden', () => {
    const merged = mergeVocabulary([
      file('content', [
        { term: 'AE', means: ['sales'] },
        { term: 'GTM', means: ['launch'] },
        { term: 'QBR', means: ['review'] },
      ]),
      file('acme', [
        { term: 'ae', also: ['account executive'], means: ['sales', 'rep'] },
        { term: 'qbr', hidden: true },
        { term: 'ARR', means: ['revenue'] },
      ]),
    ]);
    expect(merged.map((e) => [e.term, e.means])).toEqual([
      ['ae', ['sales', 'rep']],
      ['GTM', ['launch']],
      ['ARR', ['revenue']],
    ]);
  });
});

describe('the library’s vocabulary', () => {
  const lib = projectLibrary();
  const lexicon = new Lexicon(buildSearchData(lib).index);

  it('has jargon, roles and everyday phrasings, each situation id one the taxonomy knows', () => {
    const terms = lib.vocabulary.map((e) => e.term);
    for (const t of [
      'AE',
      'SDR',
      'CRO',
      'CPO',
      'CMO',
      'GTM',
      'PRD',
      'GA',
      'POC',
      'ICP',
      'TAM',
      'SKU',
      'OKR',
      'RACI',
      'MQL',
      'QBR',
    ])
      expect(terms, t).toContain(t);
    expect(lib.vocabulary.filter((e) => e.situations.length).length).toBeGreaterThanOrEqual(10);
  });

  it('maps every term to words the library really uses', () => {
    const missing = lib.vocabulary.flatMap((e) => e.means).filter((m) => !lexicon.phrase(tokens(m)).length);
    expect(missing).toEqual([]);
  });
});
