/** The relationship health check: statements, scoring and shareable answers (pure; runs in the browser and in tests). */
export { DIMENSIONS, SCALE, STATEMENTS } from './statements.ts';
export { scoreHealth, statementScore, PAIN_BELOW, type Answers, type HealthResult } from './score.ts';
export { encodeAnswers, decodeAnswers } from './answer-code.ts';
