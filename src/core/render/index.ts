/** Renderers of a tailored plan: Markdown, HTML and JSON from one document tree. */
export { renderMarkdown } from './markdown.ts';
export { renderHtml, renderHtmlFragment, planHast, htmlPage } from './html.ts';
export { libraryPlaybookDocument } from './library-playbook.ts';
export { renderJson } from './json.ts';
export { renderIcs } from './ics.ts';
export { SECTIONS } from './document.ts';
