/** Plan → Markdown, printed from the shared document tree as remark-stringify prints it (text is escaped). */
import type { Plan } from '../tailor/index.ts';
import { planDocument } from './document.ts';
import { printMarkdown } from './markdown-print.ts';
import { markdownPrinter } from './pipelines.ts';

/** The playbook as GitHub-flavoured Markdown. */
export function renderMarkdown(plan: Plan): string {
  const doc = planDocument(plan);
  return printMarkdown(doc) ?? markdownPrinter.stringify(doc);
}
