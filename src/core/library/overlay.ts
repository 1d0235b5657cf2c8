/** Merges a collection read from several content folders: later folders add entries, replace them by id, or hide them. */
import { situationSchema, type Situation } from '../schema/index.ts';
import { text, uniqueList } from '../schema/common.ts';
import type { Problem } from './problems.ts';
import type { Entry, LibraryEntries } from './types.ts';

/** One folder's part of a collection. */
export interface Layer<T> {
  entries: Entry<T>[];
  /** Files holding only `hidden: true`: they remove the earlier folders' entry with their id. */
  hidden: Entry<unknown>[];
  /** Ids of every file in the folder, valid or not (so one bad file does not cascade into "unknown id" errors). */
  ids: Set<string>;
}

/** The merged entries (the first folder's file order, then each later folder's additions), the ids of every file still in force, and the ids hidden. */
export interface Merged<T> {
  entries: Entry<T>[];
  ids: Set<string>;
  removed: Set<string>;
}

/**
 * Folds the layers in order. `combine` decides what a later entry with a known id does (default: replaces it; the
 * situations append their phrases instead). Hiding an id no earlier folder has is a problem naming the hiding file.
 */
export function mergeFolders<T>(
  layers: readonly Layer<T>[],
  kind: string,
  problems: Problem[],
  combine: (earlier: Entry<T>, later: Entry<T>) => Entry<T> = (_earlier, later) => later,
): Merged<T> {
  const byId = new Map<string, Entry<T>>();
  const ids = new Set<string>();
  const removed = new Set<string>();
  for (const layer of layers) {
    for (const h of layer.hidden) {
      if (!ids.has(h.id))
        problems.push({
          file: h.file,
          line: h.locate(['hidden']),
          field: 'hidden',
          problem: `hides nothing: no earlier content folder has a ${kind} '${h.id}'`,
        });
      byId.delete(h.id);
      ids.delete(h.id);
      removed.add(h.id);
    }
    for (const entry of layer.entries) {
      const earlier = byId.get(entry.id);
      byId.set(entry.id, earlier ? combine(earlier, entry) : entry);
    }
    for (const id of layer.ids) if (!layer.hidden.some((h) => h.id === id)) ids.add(id);
  }
  return { entries: [...byId.values()], ids, removed };
}

/** A later folder's situation file: any field, and at least one phrase to add. */
export const situationOverlay = situationSchema.partial().extend({ phrases: uniqueList(text(120), 1).optional() });

/** A company's situation file adds its phrases to the library's (and may reword the other fields). */
export function addPhrases(earlier: Entry<Situation>, later: Entry<Situation>): Entry<Situation> {
  const phrases = [...new Set([...earlier.data.phrases, ...(later.data.phrases ?? [])])];
  return { ...later, data: { ...earlier.data, ...later.data, phrases } };
}

/** A hidden tactic leaves no dangling link behind: related lists and playbook steps skip it. */
export function dropHiddenReferences(entries: LibraryEntries, removed: ReadonlySet<string>): void {
  if (!removed.size) return;
  for (const t of entries.tactics)
    if (t.data.related.some((r) => removed.has(r)))
      t.data = { ...t.data, related: t.data.related.filter((r) => !removed.has(r)) };
  for (const p of entries.playbooks)
    if (p.data.steps.some((s) => removed.has(s.tactic)))
      p.data = { ...p.data, steps: p.data.steps.filter((s) => !removed.has(s.tactic)) };
}
