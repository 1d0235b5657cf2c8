/** The library from a build's snapshot, for commands that need it validated but not re-read (`playbook tailor`). */
import type { Entry } from '../core/library/types.ts';
import { libraryOf, preloadLibrary } from './library/load.ts';
import { snapshot } from './snapshot.ts';

/**
 * Makes loadLibraryOnce() answer from the last build's snapshot when it matches the content, catalogue and code in
 * force; returns whether it does. Otherwise nothing changes and the library is loaded and validated as usual.
 */
export function preloadFromSnapshot(): boolean {
  const found = snapshot();
  if (!('snapshot' in found)) return false;
  // The entries were validated when the snapshot was made; line numbers are only for problems, and there are none.
  const locate = () => undefined;
  const entries = <T>(list: Entry<T>[] = []): Entry<T>[] => list.map((e) => ({ ...e, locate }));
  const { tactics, playbooks, sources, situations, profiles, vocabulary } = found.snapshot.library;
  preloadLibrary(
    libraryOf({
      tactics: entries(tactics),
      playbooks: entries(playbooks),
      sources: entries(sources),
      situations: entries(situations),
      profiles: entries(profiles),
      vocabulary: entries(vocabulary),
    }),
  );
  return true;
}
