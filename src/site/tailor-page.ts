/** The tailor page's data: the situations a reader can name as pain points. */
import type { Library } from '../core/library/library.ts';

/** Composes the tailor page. */
export function tailorPage(lib: Library): { situations: { id: string; title: string; short: string }[] } {
  return { situations: lib.situations.map((s) => ({ id: s.id, title: s.data.title, short: s.data.short })) };
}
