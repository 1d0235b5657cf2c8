/**
 * Small hast trees (the drawn timeline's SVG) as hast-util-to-html prints them, for the property names our own trees
 * use; undefined for any other, which the caller prints with rehype-stringify instead.
 */
import type { ElementContent } from 'hast';

const hex = (c: string) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`;
/** Text as hast-util-to-html escapes it. */
export const escapeText = (value: string) => value.replace(/[&<]/g, hex);
/** A double-quoted attribute value as hast-util-to-html escapes it. */
export const escapeAttribute = (value: string) => value.replace(/[\0"&'`]/g, hex);

/** hast property → attribute name, for the properties printed here (property-information's spelling). */
const NAMES: Record<string, string> = {
  className: 'class',
  ariaLabel: 'aria-label',
  fontFamily: 'font-family',
  fontSize: 'font-size',
  fontWeight: 'font-weight',
  strokeWidth: 'stroke-width',
  viewBox: 'viewBox',
  ...Object.fromEntries(['xmlns', 'width', 'height', 'role', 'x', 'y', 'rx', 'fill', 'stroke'].map((n) => [n, n])),
};

function attributes(properties: Record<string, unknown>): string | undefined {
  let out = '';
  for (const [key, value] of Object.entries(properties)) {
    const name = NAMES[key];
    const text =
      typeof value === 'string' || typeof value === 'number'
        ? String(value)
        : key === 'className' && Array.isArray(value)
          ? value.join(' ')
          : undefined;
    if (!name || text === undefined) return undefined;
    out += ` ${name}="${escapeAttribute(text)}"`;
  }
  return out;
}

/** An `<svg>` element, printed; undefined for anything else. */
export function svgMarkup(nodes: ElementContent[]): string | undefined {
  return nodes.length === 1 && nodes[0]!.type === 'element' && nodes[0]!.tagName === 'svg' ? markup(nodes) : undefined;
}

// In SVG every element has a closing tag; these hold HTML, so only text is printed inside them here.
const HTML_INSIDE = /^(?:title|desc|foreignObject)$/;

function markup(nodes: ElementContent[], textOnly = false): string | undefined {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') {
      out += escapeText(node.value);
      continue;
    }
    if (node.type !== 'element' || textOnly || /^(?:script|style|a)$/.test(node.tagName)) return undefined;
    const attrs = attributes(node.properties);
    const inner = attrs === undefined ? undefined : markup(node.children, HTML_INSIDE.test(node.tagName));
    if (inner === undefined) return undefined;
    out += `<${node.tagName}${attrs}>${inner}</${node.tagName}>`;
  }
  return out;
}
