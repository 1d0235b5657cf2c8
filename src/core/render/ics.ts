/**
 * Plan → iCalendar (RFC 5545) with ical-generator: the plan's windows and launch week as all-day events, the
 * operating cadence as recurring events, and each tactic's check-in. UIDs derive from the company slug and the
 * item, and DTSTAMP is the generation day, so the same profile and start date give the same file.
 */
import ical, { ICalEventRepeatingFreq, type ICalEventData } from 'ical-generator';
import type { Plan } from '../tailor/index.ts';
import { addDays, daysBetween } from '../tailor/days.ts';
import { slug } from 'github-slugger';

/** A calendar day as a local-time Date: all-day events are written from local fields, the same in every zone. */
const local = (day: string) => new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));

/** How often each cadence meeting recurs, read from its "when" text; undefined for rules that are not meetings. */
function recurrence(when: string): { freq: ICalEventRepeatingFreq; interval?: number } | undefined {
  // Rules tied to releases, or to launches the plan does not date, are not calendar entries.
  if (/^every release|before each launch/i.test(when)) return undefined;
  if (/two weeks/i.test(when)) return { freq: ICalEventRepeatingFreq.WEEKLY, interval: 2 };
  if (/weekly/i.test(when)) return { freq: ICalEventRepeatingFreq.WEEKLY };
  if (/monthly/i.test(when)) return { freq: ICalEventRepeatingFreq.MONTHLY };
  return undefined;
}

type Event = ICalEventData & { id: string };

/** An all-day event from `start` to `end` (inclusive), with a UID made from the company slug and the item. */
const allDay = (plan: Plan, what: string, summary: string, start: string, end: string, description: string): Event => ({
  id: `${what}.${plan.slug}@playbook`,
  summary,
  description,
  allDay: true,
  start: local(start),
  end: local(addDays(end, 1)),
});

/** The cadence's meetings as recurring events, from day 1 to the end of the plan (or the launch). */
function cadenceEvents(plan: Plan): Event[] {
  const end = plan.phases.at(-1)?.end ?? addDays(plan.start, 89);
  return plan.cadence.flatMap((c) => {
    const repeat = recurrence(c.when);
    if (!repeat) return [];
    const last = /until the launch/i.test(c.when) && plan.launch ? plan.launch.day : end;
    const weeks = Math.max(1, Math.ceil((daysBetween(plan.start, last) + 1) / 7));
    const count =
      repeat.freq === ICalEventRepeatingFreq.MONTHLY
        ? Math.ceil(weeks / 4.35)
        : Math.ceil(weeks / (repeat.interval ?? 1));
    const event = allDay(
      plan,
      `cadence-${slug(c.name)}`,
      `${c.name} (${c.who})`,
      plan.start,
      plan.start,
      `${c.when}. ${c.purpose}`,
    );
    return [{ ...event, repeating: { ...repeat, count } }];
  });
}

/** Every event of the plan, in a stable order: windows, the launch week, check-ins, then the cadence. */
function events(plan: Plan): Event[] {
  const windows = plan.phases.map((p) =>
    allDay(
      plan,
      `window-${p.id}`,
      `${p.title} (${plan.company})`,
      p.start,
      p.end,
      `${p.window}: ${p.tactics.map((t) => t.title).join('; ')}`,
    ),
  );
  const launch = plan.launch
    ? [
        allDay(
          plan,
          'launch-week',
          `Launch week (${plan.company})`,
          plan.launch.day,
          addDays(plan.launch.day, 6),
          'The launch is due this week.',
        ),
      ]
    : [];
  const checkIns = plan.phases.flatMap((p) =>
    p.tactics.map((t) =>
      allDay(
        plan,
        `check-in-${t.id}`,
        `Check in: ${t.title}`,
        t.checkIn,
        t.checkIn,
        `How is it going? ${t.why} ${t.url}`,
      ),
    ),
  );
  return [...windows, ...launch, ...checkIns, ...cadenceEvents(plan)];
}

/** The plan as an .ics calendar. */
export function renderIcs(plan: Plan): string {
  const calendar = ical({
    name: `PM–PMM playbook for ${plan.company}`,
    prodId: { company: 'Playbook', product: 'playbook', language: 'EN' },
  });
  const stamp = new Date(`${plan.generated.date}T00:00:00Z`);
  for (const e of events(plan)) calendar.createEvent({ ...e, stamp });
  return calendar.toString();
}
