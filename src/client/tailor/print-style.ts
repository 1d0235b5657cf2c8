/** Build time: the CLI's playbook stylesheet, scoped to the tailor page's result and applied only in print, so the page prints like the CLI's PDF. */
import PLAYBOOK_CSS from '../../core/render/playbook.css?raw';
import { PAGE_RULE } from '../../core/render/print-layout.ts';

/** Every rule of `css` (default: playbook.css, the CLI's stylesheet) scoped under `scope`, inside `@media print`. */
export function printStyle(scope: string, css: string = PLAYBOOK_CSS): string {
  return `@media print{${scopeRules(css, scope)}}${PAGE_RULE}`;
}

/** Scopes a flat list of rules; recurses into @media blocks and leaves other at-rules (@page) alone. */
function scopeRules(css: string, scope: string): string {
  let out = '';
  for (let i = 0, open = css.indexOf('{'); open >= 0; open = css.indexOf('{', i)) {
    const prelude = css.slice(i, open).trim();
    const close = matchingBrace(css, open);
    const body = css.slice(open + 1, close);
    if (prelude.startsWith('@media')) out += `${prelude}{${scopeRules(body, scope)}}`;
    else if (prelude.startsWith('@')) out += `${prelude}{${body}}`;
    // The page's root and body become the result container; everything else is looked for inside it.
    else
      out += `${prelude
        .split(',')
        .map((s) => (/^(:root|html|body)$/.test(s.trim()) ? scope : `${scope} ${s.trim()}`))
        .join(',')}{${body}}`;
    i = close + 1;
  }
  return out;
}

function matchingBrace(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return i;
  }
  throw new Error(`unbalanced braces in stylesheet at ${open}`);
}
