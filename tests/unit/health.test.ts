/** The relationship health check: thresholds, monotonicity, edge cases and shareable answers. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DIMENSIONS,
  STATEMENTS,
  decodeAnswers,
  encodeAnswers,
  scoreHealth,
  statementScore,
  type Answers,
} from '../../src/core/health/index.ts';
import { RELATIONSHIPS, SITUATION_IDS } from '../../src/core/taxonomy.ts';

/** Answers that give every statement the same healthy-scale score (negative statements reversed). */
const allAt = (score: number, over: Record<string, number> = {}): Answers => ({
  ...Object.fromEntries(STATEMENTS.map((s) => [s.id, s.negative ? 6 - score : score])),
  ...over,
});
/** The rating that gives statement `id` the healthy-scale score `score`. */
const rate = (id: string, score: number) => (STATEMENTS.find((s) => s.id === id)!.negative ? 6 - score : score);
const state = (a: Answers) => scoreHealth(a).relationship?.state;
const pains = (a: Answers) => scoreHealth(a).painPoints.map((p) => p.id);
const badness = (s: string | undefined) => RELATIONSHIPS.indexOf(s as never);
const rating = fc.integer({ min: 1, max: 5 });
/** Any subset of statements answered. */
const answers = fc.record(Object.fromEntries(STATEMENTS.map((s) => [s.id, rating])), {
  requiredKeys: [],
}) as fc.Arbitrary<Record<string, number>>;
/** Every statement answered. */
const complete = fc.record(Object.fromEntries(STATEMENTS.map((s) => [s.id, rating]))) as fc.Arbitrary<
  Record<string, number>
>;

describe('health check statements', () => {
  it('has about ten statements with unique ids, covering every dimension at least twice', () => {
    expect(STATEMENTS.length).toBeGreaterThanOrEqual(9);
    expect(STATEMENTS.length).toBeLessThanOrEqual(12);
    expect(new Set(STATEMENTS.map((s) => s.id)).size).toBe(STATEMENTS.length);
    for (const d of DIMENSIONS)
      expect(STATEMENTS.filter((s) => s.dimension === d.id).length, d.id).toBeGreaterThanOrEqual(2);
    for (const d of DIMENSIONS) expect(SITUATION_IDS).toContain(d.situation);
    for (const s of STATEMENTS) if (s.signals) expect(SITUATION_IDS).toContain(s.signals);
  });

  it('reverses negatively worded statements', () => {
    const negative = STATEMENTS.find((s) => s.negative)!;
    const positive = STATEMENTS.find((s) => !s.negative)!;
    expect(statementScore(negative, 5)).toBe(1);
    expect(statementScore(positive, 5)).toBe(5);
  });
});

describe('scoreHealth', () => {
  it('scores each dimension as the mean of its statements on the healthy-is-high scale', () => {
    const result = scoreHealth(allAt(4, { 'roles-owner': rate('roles-owner', 2) }));
    expect(result.dimensions.find((d) => d.id === 'roles')!.score).toBe(3);
    expect(result.dimensions.find((d) => d.id === 'trust')!.score).toBe(4);
    expect(result.answered).toBe(STATEMENTS.length);
  });

  it('reads all-healthy answers as healthy with no pain points, and all-unhealthy ones as broken', () => {
    expect(state(allAt(5))).toBe('healthy');
    expect(pains(allAt(5))).toEqual([]);
    expect(state(allAt(1))).toBe('broken');
    expect(pains(allAt(1))).toEqual(
      expect.arrayContaining([...DIMENSIONS.map((d) => d.situation), 'leaders-in-conflict', 'personal-friction']),
    );
  });

  it('places the healthy threshold at an average of 3.5 with no dimension below 3', () => {
    expect(state(allAt(4))).toBe('healthy');
    expect(state(allAt(3))).toBe('strained');
    // Averages above 3.5 but one dimension at 2.5: strained, and that dimension is a pain point.
    const oneLow = allAt(5, { 'roles-owner': rate('roles-owner', 2), 'roles-gaps': rate('roles-gaps', 3) });
    expect(scoreHealth(oneLow).overall!).toBeGreaterThan(3.5);
    expect(state(oneLow)).toBe('strained');
    expect(pains(oneLow)).toEqual(['unclear-roles']);
    expect(scoreHealth(oneLow).relationship!.why).toMatch(/role clarity scores 2\.5/);
  });

  it('places the broken threshold below an average of 2.25, or low trust with an average below 3', () => {
    expect(state(allAt(2))).toBe('broken');
    expect(
      state(allAt(3, { 'trust-commitments': rate('trust-commitments', 1), 'trust-grudges': rate('trust-grudges', 2) })),
    ).toBe('broken');
    // The same low trust with everything else strong stays strained: trust alone does not sink a good relationship.
    expect(
      state(allAt(4, { 'trust-commitments': rate('trust-commitments', 1), 'trust-grudges': rate('trust-grudges', 2) })),
    ).toBe('strained');
    expect(scoreHealth(allAt(2)).relationship!.why).toMatch(/average 2\.0 of 5.*broken/);
  });

  it('names pain points below 3, worst first, each with why quoting the lowest answer', () => {
    const a = allAt(4, {
      'involvement-early': rate('involvement-early', 1),
      'involvement-roadmap': rate('involvement-roadmap', 2),
      'communication-surprises': rate('communication-surprises', 2),
      'communication-open': rate('communication-open', 3),
    });
    const result = scoreHealth(a);
    expect(result.painPoints.map((p) => p.id)).toEqual(['late-involvement', 'poor-communication']);
    expect(result.painPoints[0]!.why).toBe(
      'Early involvement scores 1.5 of 5; lowest where you answered “Strongly disagree” to “Product marketing helps shape new work while it is still being planned, rather than receiving it at launch”.',
    );
    expect(result.painPoints[1]!.why).toMatch(
      /^Communication scores 2\.5 of 5; lowest where you answered “Agree” to “Release dates/,
    );
  });

  it('lets single statements signal their own situation', () => {
    const a = allAt(4, { 'goals-leaders': 5, 'trust-grudges': 4 });
    expect(pains(a)).toEqual(['leaders-in-conflict', 'personal-friction']);
    expect(scoreHealth(a).painPoints[0]!.why).toMatch(/^You answered “Strongly agree” to “The heads of product/);
    expect(pains(allAt(4, { 'goals-leaders': 3 }))).toEqual([]);
  });

  it('gives no state until every dimension has an answer, but scores what is there', () => {
    const empty = scoreHealth({});
    expect(empty.answered).toBe(0);
    expect(empty.overall).toBeNull();
    expect(empty.relationship).toBeNull();
    expect(empty.painPoints).toEqual([]);
    expect(empty.missing).toEqual(DIMENSIONS.map((d) => d.id));
    const partial = scoreHealth({ 'roles-owner': 1 });
    expect(partial.relationship).toBeNull();
    expect(partial.missing).not.toContain('roles');
    expect(partial.painPoints.map((p) => p.id)).toEqual(['unclear-roles']);
    const onePerDimension = Object.fromEntries(
      DIMENSIONS.map((d) => [STATEMENTS.find((s) => s.dimension === d.id && !s.negative)!.id, 5]),
    );
    expect(state(onePerDimension)).toBe('healthy');
  });

  it('ignores ratings off the 1–5 scale and unknown statements', () => {
    const junk = { 'roles-owner': 0, 'roles-gaps': 6, 'goals-shared': 2.5, 'goals-apart': Number.NaN, nope: 3 };
    expect(scoreHealth(junk).answered).toBe(0);
    expect(scoreHealth(junk)).toEqual(scoreHealth({}));
  });

  it('is monotone: a healthier answer never worsens the state nor adds a pain point', () => {
    fc.assert(
      fc.property(complete, fc.constantFrom(...STATEMENTS), (a, s) => {
        const better = s.negative ? Math.max(1, a[s.id]! - 1) : Math.min(5, a[s.id]! + 1);
        const after = { ...a, [s.id]: better };
        expect(badness(state(after))).toBeLessThanOrEqual(badness(state(a)));
        expect(pains(a)).toEqual(expect.arrayContaining(pains(after)));
      }),
      { numRuns: 1000 },
    );
  });

  it('always names known situations once each, with a reason, and a state from the taxonomy', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const result = scoreHealth(a);
        const ids = result.painPoints.map((p) => p.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const p of result.painPoints) {
          expect(SITUATION_IDS).toContain(p.id);
          expect(p.why.length).toBeGreaterThan(10);
        }
        if (result.relationship) expect(RELATIONSHIPS).toContain(result.relationship.state);
        expect(scoreHealth(a)).toEqual(result);
      }),
      { numRuns: 300 },
    );
  });
});

describe('shareable answers', () => {
  it('round-trips answers through one digit per statement', () => {
    fc.assert(
      fc.property(answers, (a) => {
        const code = encodeAnswers(a);
        expect(code).toMatch(/^[0-5]*$/);
        expect(code.length).toBeLessThanOrEqual(STATEMENTS.length);
        expect(decodeAnswers(code)).toEqual(a);
      }),
    );
    expect(encodeAnswers({})).toBe('');
    expect(encodeAnswers({ [STATEMENTS[1]!.id]: 4 })).toBe('04');
  });

  it('ignores junk in a hand-edited link', () => {
    expect(decodeAnswers('9x3')).toEqual({ [STATEMENTS[2]!.id]: 3 });
    expect(Object.keys(decodeAnswers('5'.repeat(40))).length).toBe(STATEMENTS.length);
  });
});
