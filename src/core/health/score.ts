/** Health-check answers → a score per dimension, the relationship state and the pain points, each with why. */
import type { Relationship, SituationId } from '../taxonomy.ts';
import { SITUATION_IDS } from '../taxonomy.ts';
import { DIMENSIONS, SCALE, STATEMENTS, type DimensionId, type Statement } from './statements.ts';

/** Ratings by statement id, 1 (strongly disagree) to 5 (strongly agree); anything else counts as unanswered. */
export type Answers = Readonly<Record<string, number>>;

/** How one dimension scored: 1 (unhealthy) to 5 (healthy), or null when none of its statements was rated. */
interface DimensionScore {
  id: DimensionId;
  label: string;
  score: number | null;
  answered: number;
  total: number;
}

/** What the health check concludes. */
export interface HealthResult {
  answered: number;
  total: number;
  dimensions: DimensionScore[];
  /** Mean of the rated dimensions, or null when nothing was rated. */
  overall: number | null;
  /** Dimensions with no rated statement; the state needs every dimension. */
  missing: DimensionId[];
  relationship: { state: Relationship; why: string } | null;
  painPoints: { id: SituationId; why: string }[];
}

/** An overall score at or above this, with no dimension below HEALTHY_FLOOR, reads as healthy. */
const HEALTHY_AT = 3.5;
/** No dimension of a healthy relationship scores below this. */
const HEALTHY_FLOOR = 3;
/** An overall score below this reads as broken. */
const BROKEN_BELOW = 2.25;
/** Trust below this, with an overall score below HEALTHY_FLOOR, also reads as broken: low trust sinks the rest. */
const TRUST_BROKEN_BELOW = 2;
/** A dimension scoring below this names its situation as a pain point. */
export const PAIN_BELOW = 3;
/** A signalling statement scoring at or below this names its own situation. */
const SIGNAL_AT = 2;

/** Whether a value is a rating on the 1–5 scale. */
export function isRating(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** A statement's score on the healthy-is-high scale (negative statements are reversed). */
export function statementScore(s: Statement, rating: number): number {
  return s.negative ? 6 - rating : rating;
}

const fmt = (n: number) => n.toFixed(1);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const quote = (s: Statement, rating: number) => `you answered “${SCALE[rating - 1]}” to “${s.text.replace(/\.$/, '')}”`;

/** Scores a set of answers; deterministic, and better answers never give a worse state or more pain points. */
export function scoreHealth(answers: Answers): HealthResult {
  const rated = STATEMENTS.filter((s) => isRating(answers[s.id])).map((s) => ({
    s,
    rating: answers[s.id]!,
    score: statementScore(s, answers[s.id]!),
  }));
  const dimensions = DIMENSIONS.map((d): DimensionScore => {
    const mine = rated.filter((r) => r.s.dimension === d.id);
    return {
      id: d.id,
      label: d.label,
      score: mine.length ? mean(mine.map((r) => r.score)) : null,
      answered: mine.length,
      total: STATEMENTS.filter((s) => s.dimension === d.id).length,
    };
  });
  const scored = dimensions.filter((d): d is DimensionScore & { score: number } => d.score !== null);
  const overall = scored.length ? mean(scored.map((d) => d.score)) : null;
  const missing = dimensions.filter((d) => d.score === null).map((d) => d.id);

  const pains: { id: SituationId; score: number; why: string }[] = [];
  for (const d of scored) {
    if (d.score >= PAIN_BELOW) continue;
    const worst = rated.filter((r) => r.s.dimension === d.id).reduce((a, b) => (b.score < a.score ? b : a));
    pains.push({
      id: DIMENSIONS.find((x) => x.id === d.id)!.situation,
      score: d.score,
      why: `${d.label} scores ${fmt(d.score)} of 5; lowest where ${quote(worst.s, worst.rating)}.`,
    });
  }
  for (const r of rated)
    if (r.s.signals && r.score <= SIGNAL_AT)
      pains.push({ id: r.s.signals, score: r.score, why: `${quote(r.s, r.rating).replace(/^y/, 'Y')}.` });
  const order = (id: SituationId) => SITUATION_IDS.indexOf(id);
  pains.sort((a, b) => a.score - b.score || order(a.id) - order(b.id));
  const merged = new Map<SituationId, string[]>();
  for (const p of pains) merged.set(p.id, [...(merged.get(p.id) ?? []), p.why]);

  return {
    answered: rated.length,
    total: STATEMENTS.length,
    dimensions,
    overall,
    missing,
    relationship: overall === null || missing.length ? null : relationshipOf(overall, scored),
    painPoints: [...merged].map(([id, why]) => ({ id, why: why.join(' ') })),
  };
}

/** The state and its reason, from the overall score and the dimension scores. */
function relationshipOf(
  overall: number,
  scored: (DimensionScore & { score: number })[],
): { state: Relationship; why: string } {
  const trust = scored.find((d) => d.id === 'trust')!.score;
  const lowest = scored.reduce((a, b) => (b.score < a.score ? b : a));
  const avg = `Your answers average ${fmt(overall)} of 5`;
  if (overall < BROKEN_BELOW)
    return {
      state: 'broken',
      why: `${avg}, which reads as a broken relationship: the plan starts by listening and rebuilding trust.`,
    };
  if (trust < TRUST_BROKEN_BELOW && overall < HEALTHY_FLOOR)
    return {
      state: 'broken',
      why: `${avg} and trust scores only ${fmt(trust)}, which reads as a broken relationship: the plan starts by listening and rebuilding trust.`,
    };
  if (overall >= HEALTHY_AT && lowest.score >= HEALTHY_FLOOR)
    return {
      state: 'healthy',
      why: `${avg} and no area scores below ${HEALTHY_FLOOR}, which reads as a healthy relationship: the plan builds on what already works.`,
    };
  return {
    state: 'strained',
    why: `${avg} and ${lowest.label.toLowerCase()} scores ${fmt(lowest.score)}, which reads as a strained relationship: the plan eases the friction before adding process.`,
  };
}
