/** Plan → JSON per DESIGN.md §5: the plan itself, with stable key order and a trailing newline. */
import type { Plan } from '../tailor/index.ts';

/** The playbook as JSON. */
export function renderJson(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}
