/**
 * The library from a build's snapshot, for commands that need it validated but not re-read (`playbook tailor`). It
 * imports neither the content loader nor the Markdown parser: a command that finds a snapshot never loads them.
 */
import type { Entry } from '../core/library/types.ts';
import { Library } from '../core/library/library.ts';
import { keepBlockUnit } from '../core/render/block-units.ts';
import { snapshot } from './snapshot.ts';

/**
 * The last build's library and the content version it was stamped with, when the snapshot matches the content,
 * config and code in force; undefined otherwise (the caller then loads and validates the content as usual).
 */
export function snapshotLibrary(): { library: Library; contentVersion: string } | undefined {
  const found = snapshot();
  if (!('snapshot' in found) || !found.snapshot.tactics) return undefined;
  // The entries were validated when the snapshot was made; line numbers are only for problems, and there are none.
  const locate = () => undefined;
  const entries = <T>(list: Entry<T>[] = []): Entry<T>[] => list.map((e) => ({ ...e, locate }));
  const { tactics, playbooks, sources, situations, profiles, vocabulary, templates } = found.snapshot.library;
  // Steps and blocks come as the build read them: the tactics' Markdown is not parsed again.
  const { steps, blocks, printed } = found.snapshot.tactics;
  for (const [id, list] of Object.entries(blocks))
    list.forEach((b, i) => keepBlockUnit(b, printed[id]?.[i] ?? undefined));
  const library = new Library(
    {
      tactics: entries(tactics),
      playbooks: entries(playbooks),
      sources: entries(sources),
      situations: entries(situations),
      profiles: entries(profiles),
      vocabulary: entries(vocabulary),
      templates: entries(templates),
    },
    (t) => steps[t.id] ?? [],
    (t) => blocks[t.id] ?? [],
  );
  return { library, contentVersion: found.snapshot.stamp.content };
}
