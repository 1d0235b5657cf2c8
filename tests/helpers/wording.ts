/** Wording slips in a page's text: "a" before a vowel sound, "an" before a consonant, doubled words, "1 tactics". */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';

/** Elements whose content is not prose (code, styles, scripts, drawings). */
const NOT_TEXT = new Set(['script', 'style', 'svg', 'code', 'pre', 'kbd', 'template', 'noscript', 'select']);
/** Elements inside a line of text; every other element starts a new line (a cell, an item, a label, a button). */
const INLINE = new Set([
  'a',
  'strong',
  'em',
  'b',
  'i',
  'span',
  'abbr',
  'small',
  'sup',
  'sub',
  'mark',
  'time',
  'q',
  'cite',
]);

/** The page's visible words, one line per block (a paragraph, a cell, a button), so words of two blocks never meet. */
export function pageText(html: string): string {
  const parts: string[] = [];
  const walk = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type === 'text') parts.push(child.value.replace(/\s+/g, ' '));
      else if (child.type === 'element' && !NOT_TEXT.has(child.tagName)) {
        const block = !INLINE.has(child.tagName);
        if (block) parts.push('\n');
        walk(child);
        if (block) parts.push('\n');
      } else if (child.type === 'element' && child.tagName === 'code') parts.push('code');
    }
  };
  walk(fromHtml(html));
  return parts.join('').replace(/ *\n[\s]*/g, '\n');
}

/**
 * Words after "a" that honestly start with a vowel letter but a consonant sound: "a user", "a unique", "a one-page",
 * "a once-a-quarter", "a European", and letters said as letters ("a UX review", "a UI", "a URL").
 */
const A_EXCEPTIONS = /^(u(ni|s[eu]|ti|r[io]|x|i|rl)|one\b|once\b|eu)/i;
/** Words after "an" that honestly start with a consonant letter but a vowel sound: "an hour", "an honest", "an MVP". */
const AN_EXCEPTIONS = /^(hour|honest|honou?r|heir|[A-Z]{2,}|[FHLMNRSX]\b)/;
/** Doubled words that are right: none so far. */
const DOUBLE_EXCEPTIONS = new Set<string>([]);
/** Words ending in s that are not plurals after "1": verbs ("step 1 is"), and singular nouns ending in s. */
const ONE_EXCEPTIONS = /^(is|was|has|does|goes|says|plus|minus|across|versus|this|thus|\w+(ss|us|is))$/;

/** One slip: which rule, and the words around it. */
export interface Slip {
  rule: 'a before a vowel' | 'an before a consonant' | 'doubled word' | 'plural after 1';
  text: string;
}

/** Every slip in `text`, with a few words of context each. */
export function wordingSlips(text: string): Slip[] {
  const slips: Slip[] = [];
  const around = (at: number, length: number) =>
    text
      .slice(Math.max(0, at - 30), at + length + 30)
      .replace(/\n/g, ' | ')
      .trim();
  for (const m of text.matchAll(/\b[Aa] ([aeiouAEIOU][\w-]*)/g))
    if (!A_EXCEPTIONS.test(m[1]!)) slips.push({ rule: 'a before a vowel', text: around(m.index, m[0].length) });
  for (const m of text.matchAll(/\b[Aa]n ([b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z][\w-]*)/g))
    if (!AN_EXCEPTIONS.test(m[1]!)) slips.push({ rule: 'an before a consonant', text: around(m.index, m[0].length) });
  for (const m of text.matchAll(/(?<![\w-])([A-Za-z]+) \1\b/gi))
    if (!DOUBLE_EXCEPTIONS.has(m[1]!.toLowerCase()))
      slips.push({ rule: 'doubled word', text: around(m.index, m[0].length) });
  for (const m of text.matchAll(/(?<![\d.,:–-])\b1 ([a-z]+s)\b/g))
    if (!ONE_EXCEPTIONS.test(m[1]!)) slips.push({ rule: 'plural after 1', text: around(m.index, m[0].length) });
  return slips;
}
