/** The relationship health check: statements, scoring and shareable answers (pure; runs in the browser and in tests). */
export { DIMENSIONS, SCALE, STATEMENTS, type DimensionId, type Statement } from './statements.ts';
export {
  scoreHealth,
  statementScore,
  isRating,
  HEALTHY_AT,
  HEALTHY_FLOOR,
  BROKEN_BELOW,
  TRUST_BROKEN_BELOW,
  PAIN_BELOW,
  SIGNAL_AT,
  type Answers,
  type DimensionScore,
  type HealthResult,
} from './score.ts';
export { encodeAnswers, decodeAnswers } from './answer-code.ts';
