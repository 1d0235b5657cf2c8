/** The library as the tailor page ships it: serialised at build time, rebuilt into a `Library` in the browser. */
import { toString } from 'mdast-util-to-string';
import { Library } from '../../core/library/library.ts';
import type { Entry } from '../../core/library/types.ts';
import { parseBody } from '../../core/markdown/parse.ts';
import { tacticSteps } from '../../core/markdown/steps.ts';
import type { Playbook, Situation, Source, Tactic } from '../../core/schema/index.ts';

/** An entry without its line finder (functions do not survive JSON; it only serves error messages). */
type Shipped<T> = Omit<Entry<T>, 'locate'>;

/** What `tailor/data.json` holds: everything `tailor` reads, plus the stamps only Node can compute. */
export interface TailorData {
  contentVersion: string;
  date: string;
  tactics: Shipped<Tactic>[];
  playbooks: Shipped<Playbook>[];
  sources: Shipped<Source>[];
  situations: Shipped<Situation>[];
}

const strip = <T>({ id, file, data, bodyLine }: Entry<T>, body = ''): Shipped<T> => ({
  id,
  file,
  data,
  body,
  bodyLine,
});

/** Serialises a loaded library (build time); of the bodies only the tactics' Steps travel, as the plan lists them. */
export function toTailorData(lib: Library, stamps: { contentVersion: string; date: string }): TailorData {
  return {
    ...stamps,
    tactics: lib.tactics.map((e) => strip(e, stepsSection(e.body))),
    playbooks: lib.playbooks.map((e) => strip(e)),
    sources: lib.sources.map((e) => strip(e)),
    situations: lib.situations.map((e) => strip(e)),
  };
}

/** The `## Steps` section of a body, which is all `tailor` reads from it; the whole body if that would change the steps. */
export function stepsSection(body: string): string {
  const headings = parseBody(body).children.filter((n) => n.type === 'heading' && n.depth === 2);
  const i = headings.findIndex((h) => toString(h).trim().toLowerCase() === 'steps');
  const start = headings[i]?.position?.start.offset;
  if (start === undefined) return body;
  const part = body.slice(start, headings[i + 1]?.position?.start.offset);
  return JSON.stringify(tacticSteps(part)) === JSON.stringify(tacticSteps(body)) ? part : body;
}

/** Rebuilds the library in the browser; the content was validated and cross-checked when the site was built. */
export function libraryFrom(data: TailorData): Library {
  const locate = () => undefined;
  const entries = <T>(list: Shipped<T>[]): Entry<T>[] => list.map((e) => ({ ...e, locate }));
  return new Library({
    tactics: entries(data.tactics),
    playbooks: entries(data.playbooks),
    sources: entries(data.sources),
    situations: entries(data.situations),
    profiles: [],
  });
}
