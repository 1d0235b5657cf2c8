/** CSS-only list filters: radio groups whose checked state hides non-matching cards, so lists filter with zero JavaScript. */

/** One filter group: a data attribute on the cards and the values it can take. */
export interface FilterGroup {
  key: string;
  legend: string;
  options: { value: string; label: string }[];
}

/** The input id of one option. */
export const filterId = (key: string, value: string) => `f-${key}-${value}`;

/** The style rules that hide cards not matching the checked option of each group. */
export function filterCss(groups: FilterGroup[], cardSelector: string): string {
  return groups
    .flatMap((g) =>
      g.options.map(
        (o) =>
          `body:has(#${filterId(g.key, o.value)}:checked) ${cardSelector}:not([data-${g.key}~="${o.value}"]){display:none}`,
      ),
    )
    .join('\n');
}

/** The CSP source for an inline stylesheet (`sha256-…`), so a page allows exactly its own style rules and no others. */
export async function styleHash(css: string): Promise<`sha256-${string}`> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)));
  return `sha256-${btoa(String.fromCharCode(...digest))}`;
}
