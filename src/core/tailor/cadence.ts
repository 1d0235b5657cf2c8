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

/** The meetings and rules that keep PM, PMM and Sales in step at this company. */
export function cadence(p: Profile): CadenceItem[] {
  const startup = p.stage === 'startup';
  const items: CadenceItem[] = [
    {
      name: 'PM–PMM sync',
      when:
        p.relationship === 'healthy'
          ? startup
            ? 'Weekly, 15 minutes'
            : 'Every two weeks, 30 minutes'
          : 'Weekly, 30 minutes, for the first 90 days',
      who: 'PM and PMM',
      purpose: 'What is coming, what changed, what each side needs next.',
      sources: p.relationship === 'healthy' ? ['dunn-3', 'tango-l3'] : ['ju-4', 'tango-l3'],
    },
    {
      name: 'Roadmap review with marketing',
      when: startup ? 'Monthly, inside the sync' : 'Monthly',
      who: 'PM lead, PMM lead',
      purpose: 'Walk the roadmap together and share the marketing plan back, so neither side is surprised.',
      sources: ['productplan-4'],
    },
    {
      name: 'Release notice',
      when: 'Every release, agreed weeks ahead',
      who: 'PM tells PMM',
      purpose: 'PMM hears about releases early enough to prepare; PM gets time to review positioning.',
      sources: ['tango-l3', 'zhang-1'],
    },
    {
      name: 'Launch readiness',
      when: launchIsNear(p) ? 'Weekly until the launch' : 'Weekly from six weeks before each launch',
      who: 'PM, PMM, Sales',
      purpose: 'Check messaging, sales readiness and what may be promised, before customers hear it.',
      sources: ['zhang-1', 'dunn-2'],
    },
    {
      name: 'Shared research and competitive notes',
      when: 'Monthly',
      who: 'PMM shares with PM and Sales',
      purpose: 'A low-stakes reason to meet that keeps insight flowing both ways.',
      sources: ['calhoun-5'],
    },
  ];
  if (!p.reporting.same_leader || !p.reporting.leaders_aligned)
    items.push({
      name: 'Leaders’ alignment',
      when: 'Monthly',
      who: 'PM and PMM leaders',
      purpose: 'Agree priorities and shared metrics at the top, so the teams are not pulled apart.',
      sources: ['tango-l1', 'productplan-c2'],
    });
  if (p.go_to_market !== 'product-led')
    items.push({
      name: 'Listening session with Sales',
      when: 'Monthly',
      who: 'PM or PMM joins a sales meeting',
      purpose: 'Listen more than you talk and hear what customers are asking for.',
      sources: ['sales-marketing-2'],
    });
  return items;
}
