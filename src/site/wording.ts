/** Counts in words, for the pages and the page scripts alike (no imports, so a script bundles only these lines). */

/** The noun for a count: "tactic" for 1, else "tactics" (or the plural given). */
export const plural = (n: number, one: string, many = `${one}s`): string => (n === 1 ? one : many);

/** "1 tactic", "3 tactics". */
export const count = (n: number, one: string, many = `${one}s`): string => `${n} ${plural(n, one, many)}`;
