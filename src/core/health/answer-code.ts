/** Health-check answers ⇄ a compact string for shareable links: one digit per statement, 0 for unanswered. */
import { isRating, type Answers } from './score.ts';
import { STATEMENTS } from './statements.ts';

/** Encodes answers in statement order; trailing unanswered statements are dropped, so no answers give ''. */
export function encodeAnswers(answers: Answers): string {
  return STATEMENTS.map((s) => (isRating(answers[s.id]) ? String(answers[s.id]) : '0'))
    .join('')
    .replace(/0+$/, '');
}

/** Decodes a link's answers; anything that is not a digit 1–5 in a known position is ignored. */
export function decodeAnswers(code: string): Answers {
  const answers: Record<string, number> = {};
  STATEMENTS.forEach((s, i) => {
    const digit = code.charAt(i);
    if (/^[1-5]$/.test(digit)) answers[s.id] = Number(digit);
  });
  return answers;
}
