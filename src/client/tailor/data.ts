/** The library as the tailor page ships it: serialised at build time, rebuilt into a `Library` in the browser. */
import { Library } from '../../core/library/library.ts';
import type { ContentBlock } from '../../core/markdown/components.ts';
import type { Entry } from '../../core/library/types.ts';
import type { Publisher } from '../../core/tailor/index.ts';
import type { Playbook, Situation, Source, Tactic, TemplateData } from '../../core/schema/index.ts';

/** An entry without its body and line finder: the browser needs the data, and each tactic's steps and blocks as data. */
type Shipped<T> = Omit<Entry<T>, 'locate' | 'body'>;

/** What `tailor/data.json` holds: everything `tailor` reads, plus the stamps only Node can compute. */
export interface TailorData {
  contentVersion: string;
  date: string;
  /** The company named on the cover (the config's organisation and contact), when it has one. */
  publisher?: Publisher;
  tactics: Shipped<Tactic>[];
  /** Each tactic's numbered steps by tactic id, as the plan lists them (no Markdown to parse in the browser). */
  steps: Record<string, string[]>;
  /** Each tactic's templates, scripts and agendas by tactic id, as plain mdast (placed as is in the playbook). */
  blocks: Record<string, ContentBlock[]>;
  playbooks: Shipped<Playbook>[];
  sources: Shipped<Source>[];
  situations: Shipped<Situation>[];
  /** The responsibilities grid, scorecard and cadence templates in force. */
  templates: Shipped<TemplateData>[];
}

const strip = <T>({ id, file, data, bodyLine }: Entry<T>): Shipped<T> => ({ id, file, data, bodyLine });

/** Serialises a loaded library (build time). */
export function toTailorData(
  lib: Library,
  stamps: { contentVersion: string; date: string; publisher?: Publisher },
): TailorData {
  return {
    ...stamps,
    tactics: lib.tactics.map(strip),
    steps: Object.fromEntries(lib.tactics.map((t) => [t.id, lib.steps(t)])),
    blocks: Object.fromEntries(lib.tactics.map((t) => [t.id, lib.blocks(t)])),
    playbooks: lib.playbooks.map(strip),
    sources: lib.sources.map(strip),
    situations: lib.situations.map(strip),
    templates: lib.templateEntries.map(strip),
  };
}

/** Rebuilds the library in the browser; the content was validated and cross-checked when the site was built. */
export function libraryFrom(data: TailorData): Library {
  const locate = () => undefined;
  const entries = <T>(list: Shipped<T>[]): Entry<T>[] => list.map((e) => ({ ...e, body: '', locate }));
  return new Library(
    {
      tactics: entries(data.tactics),
      playbooks: entries(data.playbooks),
      sources: entries(data.sources),
      situations: entries(data.situations),
      profiles: [],
      templates: entries(data.templates),
    },
    (t) => data.steps[t.id] ?? [],
    (t) => data.blocks[t.id] ?? [],
  );
}
