/** Plan → Markdown, printed from the shared document tree with remark (text is escaped by the printer). */
import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import type { Plan } from '../tailor/index.ts';
import { planDocument } from './document.ts';

const printer = unified().use(remarkGfm).use(remarkStringify, { bullet: '-', listItemIndent: 'one', rule: '-' });

/** The playbook as GitHub-flavoured Markdown. */
export function renderMarkdown(plan: Plan): string {
  return printer.stringify(planDocument(plan));
}
