/** A validated library with the look-ups pages and the generator need. */
import type { ContentBlock } from '../markdown/components.ts';
import {
  TEMPLATE_IDS,
  type Playbook,
  type Situation,
  type Source,
  type Tactic,
  type TemplateData,
  type Templates,
  type VocabularyEntry,
} from '../schema/index.ts';
import { mergeVocabulary } from './merge-vocabulary.ts';
import type { Entry } from './types.ts';
import type { LibraryEntries } from './types.ts';

/** An advice point with the source it belongs to. */
export interface PointRef {
  id: string;
  label: string;
  summary: string;
  source: Entry<Source>;
}

/** The loaded content, with indexes by id and the reverse links between collections. */
export class Library implements Omit<LibraryEntries, 'vocabulary' | 'templates'> {
  readonly tactics: Entry<Tactic>[];
  readonly playbooks: Entry<Playbook>[];
  readonly sources: Entry<Source>[];
  readonly situations: Entry<Situation>[];
  readonly profiles: LibraryEntries['profiles'];
  readonly points = new Map<string, PointRef>();
  /** The search vocabulary in force: every folder's entries merged by term. */
  readonly vocabulary: VocabularyEntry[];
  /** The tailoring template files in force (validated), as loaded: what a build ships to the browser's tailor. */
  readonly templateEntries: Entry<TemplateData>[];
  private templateData?: Templates;

  /** `stepsOf` and `blocksOf` give a tactic's steps and blocks: parsed from the body in Node, shipped as data to the browser. */
  constructor(
    entries: LibraryEntries,
    private readonly stepsOf: (tactic: Entry<Tactic>) => string[],
    private readonly blocksOf: (tactic: Entry<Tactic>) => ContentBlock[] = () => [],
  ) {
    this.tactics = [...entries.tactics].sort((a, b) => a.data.title.localeCompare(b.data.title));
    this.playbooks = [...entries.playbooks].sort(
      (a, b) => Number(b.data.featured) - Number(a.data.featured) || a.data.title.localeCompare(b.data.title),
    );
    this.sources = entries.sources;
    this.situations = [...entries.situations].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
    this.profiles = entries.profiles;
    this.vocabulary = mergeVocabulary(entries.vocabulary ?? []);
    this.templateEntries = entries.templates ?? [];
    for (const source of this.sources) for (const p of source.data.points) this.points.set(p.id, { ...p, source });
  }

  /** A tactic by id (the id must exist: the loader checked every reference). */
  tactic(id: string): Entry<Tactic> {
    return mustFind(this.tactics, id, 'tactic');
  }

  /** A playbook by id. */
  playbook(id: string): Entry<Playbook> {
    return mustFind(this.playbooks, id, 'playbook');
  }

  /** A situation by id. */
  situation(id: string): Entry<Situation> {
    return mustFind(this.situations, id, 'situation');
  }

  /** A source by id. */
  source(id: string): Entry<Source> {
    return mustFind(this.sources, id, 'source');
  }

  /** An advice point by id. */
  point(id: string): PointRef {
    const p = this.points.get(id);
    if (!p) throw new Error(`unknown advice point '${id}'`);
    return p;
  }

  /** A tactic's steps, one line of plain text each. */
  steps(tactic: Entry<Tactic>): string[] {
    return this.stepsOf(tactic);
  }

  /** A tactic's templates, scripts and agendas, in body order: what its steps point at ("the agenda below"). */
  blocks(tactic: Entry<Tactic>): ContentBlock[] {
    return this.blocksOf(tactic);
  }

  /** The responsibilities grid, scorecard and cadence the tailor fits to a profile; throws if one was not loaded. */
  templates(): Templates {
    if (!this.templateData) {
      const found = Object.fromEntries(this.templateEntries.map((t) => [t.id, t.data]));
      const missing = TEMPLATE_IDS.filter((id) => !found[id]);
      if (missing.length)
        throw new Error(
          `the library has no ${missing.map((id) => `templates/${id}.yaml`).join(', ')}: load it with its tailoring templates`,
        );
      this.templateData = found as unknown as Templates;
    }
    return this.templateData;
  }

  /** Tactics filed under a situation. */
  tacticsFor(situation: string): Entry<Tactic>[] {
    return this.tactics.filter((t) => t.data.situations.includes(situation as never));
  }

  /** Playbooks filed under a situation. */
  playbooksFor(situation: string): Entry<Playbook>[] {
    return this.playbooks.filter((p) => p.data.situations.includes(situation as never));
  }

  /** Playbooks that include a tactic. */
  playbooksWith(tactic: string): Entry<Playbook>[] {
    return this.playbooks.filter((p) => p.data.steps.some((s) => s.tactic === tactic));
  }

  /** Tactics that cite any point of a source. */
  tacticsCiting(source: string): Entry<Tactic>[] {
    return this.tactics.filter((t) => t.data.sources.some((p) => this.points.get(p)?.source.id === source));
  }

  /** The sources a tactic cites, each with the cited points, in citation order. */
  credits(tactic: Entry<Tactic>): { source: Entry<Source>; points: PointRef[] }[] {
    const bySource = new Map<string, { source: Entry<Source>; points: PointRef[] }>();
    for (const id of tactic.data.sources) {
      const p = this.point(id);
      const group = bySource.get(p.source.id) ?? { source: p.source, points: [] };
      group.points.push(p);
      bySource.set(p.source.id, group);
    }
    return [...bySource.values()];
  }
}

function mustFind<T extends { id: string }>(list: T[], id: string, what: string): T {
  const found = list.find((x) => x.id === id);
  if (!found) throw new Error(`unknown ${what} '${id}'`);
  return found;
}
