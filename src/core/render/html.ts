/** Plan → HTML, from the shared document tree as remark-rehype prints it: a fragment for the site, a self-contained page for files. */
import { h } from 'hastscript';
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { Plan } from '../tailor/index.ts';
import { planDocument, type DocumentOptions } from './document.ts';
import { playbookTitle } from './doc-front.ts';
import { htmlPrinter, toHast } from './pipelines.ts';
import { printHtmlBody } from './html-print.ts';

// The file holds only its inline stylesheet and inline SVG: nothing may load or run, wherever it is opened.
const FILE_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** The playbook body as hast (no document wrapper). */
export function planHast(plan: Plan, options: DocumentOptions = {}): HastRoot {
  return toHast.runSync(planDocument(plan, options)) as HastRoot;
}

/** The playbook body as an HTML fragment (for embedding in a site page). */
export function renderHtmlFragment(plan: Plan): string {
  return bodyOf(planDocument(plan));
}

/** A document's body: its top-level elements, one per line. */
function bodyOf(doc: MdastRoot): string {
  return printHtmlBody(doc) ?? htmlPrinter.stringify(toHast.runSync(doc) as HastRoot);
}

/** A self-contained HTML page: inline CSS, no scripts, no outside requests (its CSP says so); prints well (pages: see DocumentOptions). */
export function renderHtml(plan: Plan, options: DocumentOptions & { css: string }): string {
  return htmlPage(planDocument(plan, options), {
    title: playbookTitle(plan),
    description: `A tailored PM–PMM playbook for ${plan.company}`,
    version: plan.generated.contentVersion,
    css: options.css,
  });
}

/** Wraps any playbook document in a self-contained page with its stylesheet inline (`css`: playbook.css). */
export function htmlPage(
  doc: MdastRoot,
  meta: { title: string; description: string; version: string; css: string },
): string {
  const page: HastRoot = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [
          h('meta', { charset: 'utf-8' }),
          h('meta', { httpEquiv: 'content-security-policy', content: FILE_CSP }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('meta', { name: 'generator', content: `Playbook (content ${meta.version})` }),
          h('meta', { name: 'author', content: 'Playbook' }),
          h('meta', { name: 'description', content: meta.description }),
          h('title', meta.title),
          h('style', meta.css),
        ]),
        h('body', [h('main', { class: 'playbook' }, [{ type: 'text', value: BODY }])]),
      ]),
    ],
  };
  // The page around a marker, then the body printed on its own in the marker's place (the marker is the last text).
  const html = htmlPrinter.stringify(page);
  const at = html.lastIndexOf(BODY);
  return `${html.slice(0, at)}${bodyOf(doc)}${html.slice(at + BODY.length)}\n`;
}

const BODY = '\u0000body\u0000';
