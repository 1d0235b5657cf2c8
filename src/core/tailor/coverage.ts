/**
 * What a plan must hold, as one table of rules. Each rule that applies to a company asks for tactics (by the
 * situation they are filed under, the phase they run in, or the advice they cite); the selector meets the
 * needs in table order, so when a 90-day plan cannot carry them all, the earlier rules win.
 */
import type { Entry } from '../library/types.ts';
import type { Profile, Tactic } from '../schema/index.ts';
import { aStage, type Phase } from '../taxonomy.ts';
import { launchIsNear, type Diagnosis } from './diagnose.ts';

/** One thing the plan needs: which tactics meet it and, in plain words, what it is. */
export interface Need {
  rule: RuleId;
  /** What is needed, as the plan names it ("a release-notice window"). */
  label: string;
  /** The situation it answers, when it is about one. */
  situation?: string;
  matches: (t: Entry<Tactic>) => boolean;
  /** The tactics that answer it best (a situation's own tactics, filed under it first): taken even as a stretch. */
  primary?: (t: Entry<Tactic>) => boolean;
}

/** What the rules read: the profile, the diagnosis and the situations' titles. */
export interface CoverageContext {
  profile: Profile;
  diagnosis: Diagnosis[];
  title: (situation: string) => string;
}

/** The rules' ids, in table order. */
type RuleId =
  'named-pain' | 'repair-first' | 'launch' | 'leaders' | 'stage-basics' | 'healthy-basics' | 'new-reader' | 'inferred';

/** One row of the table: its id, the rule in words, and the needs it makes for a company. */
interface CoverageRule {
  id: RuleId;
  rule: string;
  needs: (c: CoverageContext) => Need[];
}

const filedUnder = (situation: string) => (t: Entry<Tactic>) => t.data.situations.includes(situation as never);
const inPhase = (phase: Phase) => (t: Entry<Tactic>) => t.data.phase === phase;
const citing = (points: string[]) => (t: Entry<Tactic>) => points.every((p) => t.data.sources.includes(p));
const situationNeeds = (rule: 'named-pain' | 'inferred', c: CoverageContext, origin: Diagnosis['origin']) =>
  c.diagnosis
    .filter((d) => d.origin === origin)
    .map((d) => ({
      rule,
      label: `“${c.title(d.id)}”`,
      situation: d.id,
      matches: filedUnder(d.id),
      primary: (t: Entry<Tactic>) => t.data.situations[0] === d.id,
    }));

/** The rules, in priority order: what each asks for and when. */
const COVERAGE: CoverageRule[] = [
  {
    id: 'named-pain',
    rule: 'Every pain point the reader names gets a tactic filed under it.',
    needs: (c) => situationNeeds('named-pain', c, 'named'),
  },
  {
    id: 'repair-first',
    rule: 'A broken relationship starts by listening, then resets before any new process.',
    needs: (c) =>
      c.profile.relationship !== 'broken'
        ? []
        : [
            { rule: 'repair-first', label: 'listening before acting', matches: inPhase('listen') },
            { rule: 'repair-first', label: 'a reset conversation', matches: citing(['au-3']) },
          ],
  },
  {
    id: 'launch',
    rule: 'A launch 12 weeks away or less brings a release-notice window and a collateral check against the product.',
    needs: (c) =>
      !launchIsNear(c.profile)
        ? []
        : [
            { rule: 'launch', label: 'a release-notice window', matches: citing(['tango-l3', 'zhang-1']) },
            {
              rule: 'launch',
              label: 'a collateral check against the product',
              matches: citing(['sales-marketing-c1', 'dunn-2']),
            },
          ],
  },
  {
    id: 'leaders',
    rule: 'Leaders who do not see eye to eye get shared metrics both teams own.',
    needs: (c) =>
      c.profile.reporting.leaders_aligned
        ? []
        : [{ rule: 'leaders', label: 'shared success metrics', matches: citing(['tango-l2']) }],
  },
  {
    id: 'stage-basics',
    rule: 'Each stage keeps its basics: an informal who-does-what talk at a startup, roles agreed by the leads at a scale-up, a roles framework at an enterprise.',
    needs: ({ profile: p }) => [
      {
        rule: 'stage-basics',
        label: `the basics of ${aStage(p.stage)}`,
        matches: citing([{ startup: 'dunn-3', scaleup: 'tango-l1', enterprise: 'dunn-1' }[p.stage]]),
      },
    ],
  },
  {
    id: 'healthy-basics',
    rule: 'A healthy relationship keeps involving each other early, with no hard handoff at launch.',
    needs: (c) =>
      c.profile.relationship !== 'healthy'
        ? []
        : [{ rule: 'healthy-basics', label: 'early involvement', matches: citing(['zhang-1']) }],
  },
  {
    id: 'new-reader',
    rule: 'A reader new to the company listens before changing anything.',
    needs: (c) =>
      c.profile.new_to_company ? [{ rule: 'new-reader', label: 'listening first', matches: inPhase('listen') }] : [],
  },
  {
    id: 'inferred',
    rule: 'Every situation inferred from the profile (reporting lines, relationship, stage, launch) gets its answer.',
    needs: (c) => situationNeeds('inferred', c, 'inferred'),
  },
];

/** Every need of a company, in the table's order. */
export function needsFor(c: CoverageContext): Need[] {
  return COVERAGE.flatMap((r) => r.needs(c));
}
