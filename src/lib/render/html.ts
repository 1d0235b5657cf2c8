/** Plan → HTML, from the shared document tree via remark-rehype: a fragment for the site, a self-contained page for files. */
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { h } from 'hastscript';
import type { Root as HastRoot } from 'hast';
import type { Plan } from '../tailor/index.ts';
import { planDocument, type DocumentOptions } from './document.ts';
import { PLAYBOOK_CSS } from './styles.ts';

const toHast = unified().use(remarkRehype);
const printer = unified().use(rehypeStringify);

/** The playbook body as hast (no document wrapper). */
export function planHast(plan: Plan, options: DocumentOptions = {}): HastRoot {
  return toHast.runSync(planDocument(plan, options)) as HastRoot;
}

/** The playbook body as an HTML fragment (for embedding in a site page). */
export function renderHtmlFragment(plan: Plan): string {
  return printer.stringify(planHast(plan));
}

/** A self-contained HTML page: inline CSS, no scripts, no outside requests; prints well (pages: see DocumentOptions). */
export function renderHtml(plan: Plan, options: DocumentOptions = {}): string {
  const page: HastRoot = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { name: 'generator', content: `Playbook (content ${plan.generated.contentVersion})` }),
          h('meta', { name: 'author', content: 'Playbook' }),
          h('meta', { name: 'description', content: `A tailored PM–PMM playbook for ${plan.company}` }),
          h('title', `PM–PMM playbook for ${plan.company}`),
          h('style', PLAYBOOK_CSS),
        ]),
        h('body', [h('main', { class: 'playbook' }, planHast(plan, options).children as never)]),
      ]),
    ],
  };
  return printer.stringify(page) + '\n';
}
