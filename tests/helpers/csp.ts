/** Content-Security-Policy checks: what a built page declares, and what Chromium says it blocked. */
import { createHash } from 'node:crypto';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import type { Page } from 'playwright-core';

/** The policy a page's `<meta http-equiv="content-security-policy">` declares, and what else its markup holds. */
export interface DeclaredPolicy {
  /** Each directive's sources by name (`default-src` → [`'self'`]), or undefined when the page has no CSP meta. */
  directives?: Map<string, string[]>;
  /** How many CSP metas the page has, and whether the first precedes every style, stylesheet and script. */
  metas: number;
  metaFirst: boolean;
  /** `sha256-…` of each inline `<style>` and executable inline `<script>` (what the policy must allow by hash). */
  inlineHashes: string[];
  /** Elements with a `style` attribute (blocked unless the policy allows inline styles). */
  styleAttributes: string[];
}

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/** Reads the declared CSP and the inline code it must cover from a built HTML page. */
export function declaredPolicy(html: string): DeclaredPolicy {
  const found: DeclaredPolicy = { metas: 0, metaFirst: false, inlineHashes: [], styleAttributes: [] };
  let loadedBefore = false;
  visit(fromHtml(html), 'element', (node: Element) => {
    const p = node.properties;
    if (node.tagName === 'meta' && String(p.httpEquiv ?? '').toLowerCase() === 'content-security-policy') {
      if (found.metas++ === 0) {
        found.metaFirst = !loadedBefore;
        found.directives = new Map(
          String(p.content)
            .split(';')
            .map((d) => d.trim().split(/\s+/))
            .filter((d) => d[0])
            .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
        );
      }
    }
    const stylesheet = node.tagName === 'link' && String(p.rel ?? '').includes('stylesheet');
    const json = /json/.test(String(p.type ?? ''));
    if (node.tagName === 'style' || stylesheet || (node.tagName === 'script' && !json)) loadedBefore = true;
    if (node.tagName === 'style' || (node.tagName === 'script' && !json && !p.src))
      found.inlineHashes.push(sha256(toString(node)));
    if (p.style !== undefined) found.styleAttributes.push(node.tagName);
  });
  return found;
}

/**
 * Starts recording the CSP violations a page reports: the `securitypolicyviolation` events of each document it
 * loads and Chromium's console lines about the policy. Call before navigating; read with the returned function.
 */
export async function recordCspViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (msg) => {
    if (/content.security.policy/i.test(msg.text())) fromConsole.push(`console ${msg.type()}: ${msg.text()}`);
  });
  await page.addInitScript(() => {
    const log: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = log;
    document.addEventListener('securitypolicyviolation', (e) =>
      log.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  return async () => [
    ...fromConsole,
    ...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])),
  ];
}
