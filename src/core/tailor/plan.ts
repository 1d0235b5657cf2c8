/** The tailored plan: the one intermediate form every renderer (Markdown, HTML, JSON) reads. */
import type { ContentBlock } from '../markdown/components.ts';
import type { Profile } from '../schema/index.ts';
import type { CadenceItem } from './cadence.ts';
import type { Grid } from './responsibilities.ts';
import type { Scorecard } from './scorecard.ts';
import type { FirstWeeks } from './first-weeks.ts';
import type { ScheduledPhase } from './schedule.ts';

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
  /** The templates, scripts and agendas the steps point at, shown after them in every output. */
  blocks: ContentBlock[];
  /** One or two sentences on why it matters for this company now (the full reasons are in `reasons`). */
  why: string;
  /** The day it starts and the day to check how it is going (YYYY-MM-DD). */
  day: string;
  checkIn: string;
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
  /** Who hands the playbook out, named on the cover (from the company config). */
  publisher?: Publisher;
  situations: { id: string; title: string; origin: 'named' | 'inferred'; why: string[] }[];
  /** Day 1 of the plan (YYYY-MM-DD). */
  start: string;
  /** The launch, when one is 12 weeks away or less: its day and its week. */
  launch?: { day: string; week: string };
  firstWeeks: FirstWeeks;
  phases: (Omit<ScheduledPhase, 'choices'> & { tactics: PlannedTactic[] })[];
  /** What the coverage rules wanted but the plan could not carry, and why. */
  leftOut: { need: string; why: string; tactic?: { id: string; title: string; url: string } }[];
  playbooks: { id: string; title: string; summary: string; url: string; why: string }[];
  responsibilities: Grid;
  scorecard: Scorecard;
  cadence: CadenceItem[];
  credits: { source: string; name: string; points: { id: string; label: string; summary: string }[] }[];
}

/** The company that hands a playbook out, and who to ask. */
export interface Publisher {
  organisation?: string;
  contact?: { label: string; url: string };
}
