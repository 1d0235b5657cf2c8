/** The shape of a loaded library, shared by the loader, the cross-checks and their consumers. */
import type { Playbook, Profile, Situation, Source, Tactic } from '../schema/index.ts';
import type { Entry } from './collections.ts';

/** Every collection's validated entries. */
export interface LibraryEntries {
  tactics: Entry<Tactic>[];
  playbooks: Entry<Playbook>[];
  sources: Entry<Source>[];
  situations: Entry<Situation>[];
  profiles: Entry<Profile>[];
}
