/** The tailored plan: the one intermediate form every renderer (Markdown, HTML, JSON) reads. */
import type { Profile } from '../schema/index.ts';
import type { CadenceItem } from './cadence.ts';
import type { Grid } from './responsibilities.ts';
import type { Scorecard } from './scorecard.ts';

/** A tactic as placed in the plan. */
export interface PlannedTactic {
  id: string;
  title: string;
  summary: string;
  when: string;
  reasons: string[];
  sources: string[];
  url: string;
  /** The reader's side of the tactic. */
  yourSide?: string;
  /** Advice specific to the company's stage. */
  stageNote?: string;
  steps: string[];
  effort: string;
  prepare: string;
  run: string;
  room: string[];
  checkAfterWeeks: number;
}

/** A tailored playbook for one company and reader. */
export interface Plan {
  company: string;
  slug: string;
  profile: Profile;
  generated: { date: string; contentVersion: string };
  situations: { id: string; title: string; origin: 'named' | 'inferred'; why: string[] }[];
  phases: { id: string; title: string; window: string; tactics: PlannedTactic[] }[];
  playbooks: { id: string; title: string; summary: string; url: string; why: string }[];
  responsibilities: Grid;
  scorecard: Scorecard;
  cadence: CadenceItem[];
  credits: { source: string; name: string; points: { id: string; label: string; summary: string }[] }[];
}
