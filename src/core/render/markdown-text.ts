/**
 * When remark-stringify would print a text node as it is. The printer escapes a character only where it could start
 * or end a construct; these checks say "unchanged" only where none of its escapes (mdast-util-to-markdown's `unsafe`
 * patterns, and GFM's) can apply, and otherwise send the node to the real printer. Being stricter than needed only
 * costs time; tests/unit/render-fast.test.ts compares both printers on hostile text.
 */

/** Characters that are escaped somewhere in phrasing, or that end lines, or that start or end attention and links. */
// eslint-disable-next-line no-control-regex -- control characters and line endings are what the printer changes
const ALWAYS = /[\u0000-\u001f\u007f\\*_`~[\]<>|#=+@]/;
/** At the start of a line: what could start a list item, a table's delimiter row, or a heading after spaces. */
const AT_BREAK = /^(?:[\t ]|[-:]|\d+[.)])/;
/**
 * Where a character is escaped only beside certain others: `!` before `[`, `&` before a letter or `#`, and (GFM's
 * literal autolinks) `w.x`, `s:/`. `(` after `]` needs a `]`, which ALWAYS has already refused.
 */
const BESIDE = /![[]|&[#A-Za-z]|[Ww]\.[-.\w]|[ps]:\//;
const WORD = /[-.\w]/;

/** Whether a character of `value` at its start or end is escaped because of the character printed beside it. */
function riskyAtEdges(value: string, before: string, after: string): boolean {
  const first = value[0]!;
  const second = value[1] ?? after;
  const last = value[value.length - 1]!;
  const penultimate = value.length > 1 ? value[value.length - 2]! : before;
  return (
    (first === '(' && before === ']') ||
    (first === '.' && /[Ww]/.test(before) && WORD.test(second)) ||
    (first === ':' && /[ps]/.test(before) && second === '/') ||
    (last === '!' && after === '[') ||
    (last === '&' && /[#A-Za-z]/.test(after)) ||
    (last === '.' && /[Ww]/.test(penultimate) && WORD.test(after)) ||
    (last === ':' && /[ps]/.test(penultimate) && after === '/')
  );
}

/**
 * True when `value` prints unchanged between `before` (the character printed just before it) and `after` (the first
 * one after it); `atBreak`: it starts a line.
 */
export function printsAsIs(value: string, before: string, after: string, atBreak: boolean): boolean {
  if (!value || ALWAYS.test(value) || BESIDE.test(value) || (atBreak && AT_BREAK.test(value))) return false;
  if (value.endsWith(' ') && (after === '\n' || after === '')) return false;
  return !riskyAtEdges(value, before, after);
}

/** True for a link destination printed as is (raw, not in angle brackets): no spaces, controls, brackets or escapes. */
export function urlPrintsAsIs(url: string): boolean {
  return /^[A-Za-z0-9\-._~:/?#@!$'*+,;=%]+$/.test(url);
}

/** True for whitespace as micromark classifies it around attention (`**`). */
export const isSpace = (char: string | undefined): boolean => char === undefined || /\s/.test(char);
