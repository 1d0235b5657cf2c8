/** How a source is named wherever it is credited (site pages and generated playbooks alike). */
import type { Source } from './schema/index.ts';

/** "Name, Role, Organisation" for a person; "“Title”, Organisation" for an article. */
export function sourceName(s: Source): string {
  if (s.author) return [s.author, s.role, s.organization].filter(Boolean).join(', ');
  return [`“${s.title}”`, s.organization].filter(Boolean).join(', ');
}
