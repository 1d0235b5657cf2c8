/** The shape of a loaded library, shared by the loader, the cross-checks and their consumers. */
import type { Playbook, Profile, Situation, Source, Tactic, TemplateData, VocabularyFile } from '../schema/index.ts';
import type { Locate } from './problems.ts';

/** One validated content file. */
export interface Entry<T> {
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  data: T;
  /** Markdown body (Markdown collections only). */
  body: string;
  /** File line the body starts on. */
  bodyLine: number;
  locate: Locate;
}

/** A source of the catalogue with its credit fields and its point ids, in order. */
export interface CatalogueSource {
  id: string;
  points: string[];
  credit: { author?: string; role?: string; organization?: string; title?: string };
}

/** Every collection's validated entries. */
export interface LibraryEntries {
  tactics: Entry<Tactic>[];
  playbooks: Entry<Playbook>[];
  sources: Entry<Source>[];
  situations: Entry<Situation>[];
  profiles: Entry<Profile>[];
  /** The search vocabulary files, one per content folder that has one, in folder order. */
  vocabulary?: Entry<VocabularyFile>[];
  /** The tailoring templates (`templates/<id>.yaml`), one per id after later folders replaced earlier ones. */
  templates?: Entry<TemplateData>[];
}
