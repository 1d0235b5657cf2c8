/**
 * Where headings fall on the printed pages, found before printing: the document is laid out in the tab as columns the
 * size of a page's content box, which Chromium breaks by the same fragmentation rules as pages, so each heading's
 * column is its page. Forced page breaks become column breaks, and scroll boxes (the table wrappers) become plain
 * boxes that may break, as printing treats them (still their own formatting context, so no margin collapses
 * differently). The draft is then turned into the numbered document in place, rather than loaded again.
 */
import { MARGINS, type Paper } from '../../core/render/print-layout.ts';

/** Playwright's paper sizes in inches (what `page.pdf({ format })` prints on). */
const PAPER_INCHES: Record<Paper, { width: number; height: number }> = {
  a4: { width: 8.27, height: 11.7 },
  letter: { width: 8.5, height: 11 },
};

/** A margin such as "18mm" in whole points, as Chromium applies it. */
const points = (length: string) => Math.round((parseFloat(length) / 25.4) * 72);

/** The printed page's content box in CSS pixels, rounded up as Chromium lays it out. */
export function contentBox(paper: Paper): { width: number; height: number } {
  const { width, height } = PAPER_INCHES[paper];
  const px = (pt: number) => Math.ceil((pt * 4) / 3);
  return {
    width: px(width * 72 - points(MARGINS.left) - points(MARGINS.right)),
    height: px(height * 72 - points(MARGINS.top) - points(MARGINS.bottom)),
  };
}

/** Where the layout pass leaves what it changed, for NUMBERED to put back. */
const UNDO = '__playbookLayoutUndo';

/**
 * A script for `page.evaluate` (a string, so no bundler helper can leak into it): lays the loaded document out as
 * page-sized columns and returns each heading's text with the 1-based page it starts on (the first heading of a text
 * wins). It notes each style attribute it changes, for NUMBERED.
 */
export const PAGE_NUMBERS = ({ width, height }: { width: number; height: number }): string => `(() => {
  const W = ${width}, H = ${height}, GAP = 100, FORCED = ['page', 'left', 'right', 'recto', 'verso'];
  const undo = [];
  const restyle = (el, styles) => {
    undo.push([el, el.getAttribute('style')]);
    Object.assign(el.style, styles);
  };
  for (const el of document.body.querySelectorAll('*')) {
    const cs = getComputedStyle(el);
    const styles = {};
    if (FORCED.includes(cs.breakBefore)) styles.breakBefore = 'column';
    if (FORCED.includes(cs.breakAfter)) styles.breakAfter = 'column';
    if (cs.overflowX !== 'visible' || cs.overflowY !== 'visible') {
      styles.overflow = 'visible';
      if (cs.display === 'block') styles.display = 'flow-root';
    }
    if (Object.keys(styles).length) restyle(el, styles);
  }
  restyle(document.body, {
    margin: '0', padding: '0', width: W + 'px', height: H + 'px',
    columnWidth: W + 'px', columnGap: GAP + 'px', columnFill: 'auto',
  });
  const left = document.body.getBoundingClientRect().left;
  const pages = {};
  for (const h of document.body.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    const box = h.getClientRects()[0];
    if (box && !(h.textContent in pages)) pages[h.textContent] = Math.floor((box.left - left + GAP / 2) / (W + GAP)) + 1;
  }
  window.${UNDO} = undo;
  return pages;
})()`;

/**
 * A script for `page.evaluate` after PAGE_NUMBERS: puts the styles back and turns the loaded draft into `html` (the
 * same document with the contents numbered) by rewriting the text that differs, sparing a second load. Returns
 * false, changing nothing more, if the two differ in anything but text; the caller then loads `html` afresh.
 */
export const NUMBERED = (html: string): string => `(() => {
  const undo = window.${UNDO};
  if (!undo) return false;
  delete window.${UNDO};
  // Reading the attribute first brings it up to date with the style changes; removing it before can leave it behind.
  for (const [el, style] of undo.reverse()) el.getAttribute('style') === style || (style === null ? el.removeAttribute('style') : el.setAttribute('style', style));
  const next = new DOMParser().parseFromString(${JSON.stringify(html)}, 'text/html');
  const here = document.createTreeWalker(document.documentElement), there = next.createTreeWalker(next.documentElement);
  const texts = [];
  for (let a = here.currentNode, b = there.currentNode; a || b; a = here.nextNode(), b = there.nextNode()) {
    if (!a || !b || a.nodeType !== b.nodeType || a.nodeName !== b.nodeName) return false;
    if (a.nodeType === Node.ELEMENT_NODE) {
      if (a.attributes.length !== b.attributes.length) return false;
      for (const { name, value } of b.attributes) if (a.getAttribute(name) !== value) return false;
    } else if (a.nodeValue !== b.nodeValue) {
      if (a.nodeType !== Node.TEXT_NODE) return false;
      texts.push([a, b.nodeValue]);
    }
  }
  for (const [node, text] of texts) node.nodeValue = text;
  return true;
})()`;
