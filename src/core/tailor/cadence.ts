/** The operating cadence (syncs, roadmap reviews, release notice, launch readiness), fitted to the profile. */
import type { Profile } from '../schema/index.ts';
import { launchIsNear } from './diagnose.ts';

/** One recurring meeting or rule. */
export interface CadenceItem {
  name: string;
  when: string;
  who: string;
  purpose: string;
  sources: string[];
}

/** A cadence row as a rule: whether the company needs it, and its timing and sources for this company. */
interface CadenceRule extends Omit<CadenceItem, 'when' | 'sources'> {
  applies?: (p: Profile) => boolean;
  when: (p: Profile) => string;
  sources: (p: Profile) => string[];
}

const healthy = (p: Profile) => p.relationship === 'healthy';
const startup = (p: Profile) => p.stage === 'startup';
const fixed =
  <T>(value: T) =>
  () =>
    value;

/** Every meeting the plan can suggest, in the order the plan lists them. */
const CADENCE: CadenceRule[] = [
  {
    name: 'PM–PMM sync',
    when: (p) =>
      healthy(p)
        ? startup(p)
          ? 'Weekly, 15 minutes'
          : 'Every two weeks, 30 minutes'
        : 'Weekly, 30 minutes, for the first 90 days',
    who: 'PM and PMM',
    purpose: 'What is coming, what changed, what each side needs next.',
    sources: (p) => (healthy(p) ? ['dunn-3', 'tango-l3'] : ['ju-4', 'tango-l3']),
  },
  {
    name: 'Roadmap review with marketing',
    when: (p) => (startup(p) ? 'Monthly, inside the sync' : 'Monthly'),
    who: 'PM lead, PMM lead',
    purpose: 'Walk the roadmap together and share the marketing plan back, so neither side is surprised.',
    sources: fixed(['productplan-4']),
  },
  {
    name: 'Release notice',
    when: fixed('Every release, agreed weeks ahead'),
    who: 'PM tells PMM',
    purpose: 'PMM hears about releases early enough to prepare; PM gets time to review positioning.',
    sources: fixed(['tango-l3', 'zhang-1']),
  },
  {
    name: 'Launch readiness',
    when: (p) => (launchIsNear(p) ? 'Weekly until the launch' : 'Weekly from six weeks before each launch'),
    who: 'PM, PMM, Sales',
    purpose: 'Check messaging, sales readiness and what may be promised, before customers hear it.',
    sources: fixed(['zhang-1', 'dunn-2']),
  },
  {
    name: 'Shared research and competitive notes',
    when: fixed('Monthly'),
    who: 'PMM shares with PM and Sales',
    purpose: 'A low-stakes reason to meet that keeps insight flowing both ways.',
    sources: fixed(['calhoun-5']),
  },
  {
    name: 'Leaders’ alignment',
    applies: (p) => !p.reporting.same_leader || !p.reporting.leaders_aligned,
    when: fixed('Monthly'),
    who: 'PM and PMM leaders',
    purpose: 'Agree priorities and shared metrics at the top, so the teams are not pulled apart.',
    sources: fixed(['tango-l1', 'productplan-c2']),
  },
  {
    name: 'Listening session with Sales',
    applies: (p) => p.go_to_market !== 'product-led',
    when: fixed('Monthly'),
    who: 'PM or PMM joins a sales meeting',
    purpose: 'Listen more than you talk and hear what customers are asking for.',
    sources: fixed(['sales-marketing-2']),
  },
];

/** The meetings and rules that keep PM, PMM and Sales in step at this company. */
export function cadence(p: Profile): CadenceItem[] {
  return CADENCE.filter((r) => r.applies?.(p) ?? true).map((r) => ({
    name: r.name,
    when: r.when(p),
    who: r.who,
    purpose: r.purpose,
    sources: r.sources(p),
  }));
}
