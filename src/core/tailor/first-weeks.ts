/** "Your first two weeks": the first things to do, who to talk to, and what to have by day 14, in plain sentences. */
import type { Profile } from '../schema/index.ts';
import type { Audience, Phase } from '../taxonomy.ts';
import { addDays, formatDay, formatRange } from './days.ts';
import type { PlannedTactic } from './plan.ts';

/** The page's content. */
export interface FirstWeeks {
  dates: string;
  actions: { title: string; url: string; what: string; with: string; starts: string }[];
  talkTo: string;
  byDay14: string[];
}

/** Whom each reader works with most, for the "who to talk to" sentence. */
const COUNTERPARTS: Record<Audience, string> = {
  pm: 'your product marketing counterpart',
  pmm: 'the product manager you work with most',
  'pm-leader': 'the head of product marketing',
  'pmm-leader': 'the head of product',
  sales: 'the product marketer for your segment',
  executive: 'the heads of product and product marketing',
};

/** What a started tactic of each phase leaves you with after two weeks (varied, so the list does not drone). */
const BY_DAY_14: Record<Phase, ((title: string) => string)[]> = {
  listen: [
    (t) => `“${t}” under way, with notes of what you heard and no promises made yet.`,
    (t) => `Your notes from “${t}”, and a first guess at what lies behind the friction.`,
  ],
  reset: [
    (t) => `“${t}” held or booked, and the agreements from it written down.`,
    (t) => `A date in the diary for “${t}”, with what you will say prepared.`,
  ],
  align: [
    (t) => `A first draft for “${t}” shared with your counterpart.`,
    (t) => `“${t}” talked through once, with three lines written down.`,
    (t) => `A named partner and a date for “${t}”.`,
  ],
  build: [
    (t) => `“${t}” planned, with a date and a partner on the other side.`,
    (t) => `A first small step taken on “${t}”.`,
  ],
  sustain: [
    (t) => `“${t}” on the calendar as a repeating habit.`,
    (t) => `The first round of “${t}” done and the next one booked.`,
  ],
};

/** The first three to five tactics by start day, and what two weeks of them should produce. */
export function firstWeeks(
  tactics: (PlannedTactic & { phase: Phase })[],
  p: Profile,
  start: string,
  launchDay?: string,
): FirstWeeks {
  const end = addDays(start, 13);
  const early = tactics.filter((t) => t.day <= end);
  const first = (early.length >= 3 ? early : tactics).slice(0, 5);
  const checkIn = first.map((t) => t.checkIn).sort()[0];
  const named = p.pain_points.includes('sales-overpromising') || p.go_to_market === 'sales-led';
  return {
    dates: formatRange(start, end),
    actions: first.map((t) => ({
      title: t.title,
      url: t.url,
      what: t.summary,
      with: t.room
        .filter((r) => r !== 'You')
        .map((r) => r.replace(/^then /, ''))
        .join(', '),
      starts: t.day <= start ? 'Start now' : `Start by ${formatDay(t.day, { weekday: true })}`,
    })),
    talkTo: `Talk first to ${COUNTERPARTS[p.reader]}${named ? ', then to a sales lead who will tell you what reps hear' : ''}, and tell your manager what you are starting.`,
    byDay14: [
      ...first.map((t, i) => {
        const says = BY_DAY_14[t.phase];
        return says[first.slice(0, i).filter((x) => x.phase === t.phase).length % says.length]!(t.title);
      }),
      ...(checkIn ? [`Your first check-in booked for ${formatDay(checkIn, { weekday: true })}.`] : []),
      ...(launchDay
        ? [`The launch date (${formatDay(launchDay, { year: true })}) confirmed with the product team.`]
        : []),
    ],
  };
}
