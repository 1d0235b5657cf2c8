/** A tactic's steps and blocks, read from its body once per library: every plan that picks the tactic shares them. */
import type { Library } from '../library/library.ts';
import type { Entry } from '../library/types.ts';
import type { ContentBlock } from '../markdown/components.ts';
import type { Tactic } from '../schema/index.ts';

interface Parts {
  steps: string[];
  blocks: ContentBlock[];
}

const byLibrary = new WeakMap<Library, Map<string, Parts>>();

/** The tactic's steps and its templates, scripts and agendas: shared by every plan, never changed. */
export function tacticParts(lib: Library, tactic: Entry<Tactic>): Parts {
  let parts = byLibrary.get(lib);
  if (!parts) byLibrary.set(lib, (parts = new Map()));
  let found = parts.get(tactic.id);
  if (!found) parts.set(tactic.id, (found = { steps: lib.steps(tactic), blocks: lib.blocks(tactic) }));
  return found;
}
