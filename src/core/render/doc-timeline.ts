/** The timeline section: the drawn timeline, then each dated window with its tactics, and what the plan left out. */
import type { ElementContent } from 'hast';
import type { List, Paragraph, RootContent } from 'mdast';
import type { Plan } from '../tailor/index.ts';
import type { PlannedTactic } from '../tailor/plan.ts';
import { formatDay } from '../tailor/days.ts';
import { aStage } from '../taxonomy.ts';
import { blockLabel } from '../markdown/block-nodes.ts';
import { blockUnitNodes } from './block-units.ts';
import { sharedNode } from './shared-nodes.ts';
import { heading, item, link, list, para, strong } from './mdast.ts';
import { timelineSvg } from './timeline.ts';

/** Heading ids are derived from heading text by the caller's `anchor`. */
type Anchor = (title: string) => string;

/** The drawn timeline as a figure (its text alternative doubles as the Markdown line). */
function figure(plan: Plan): Paragraph {
  let drawn: ElementContent[] | undefined;
  return {
    type: 'paragraph',
    children: [
      {
        type: 'text',
        value: `Timeline: ${plan.phases.map((ph) => `${ph.window}, ${ph.dates} (${ph.tactics.length})`).join(' → ')}`,
      },
    ],
    data: {
      hName: 'figure',
      hProperties: { className: ['timeline-figure'] },
      // Drawn when an HTML renderer asks for it: the Markdown shows only the line of text above.
      get hChildren() {
        return (drawn ??= [timelineSvg(plan)]);
      },
    },
  };
}

const stepLists = new WeakMap<string[], List>();

/** A tactic's steps as a numbered list: one list for every plan that has the tactic (its steps are shared too). */
function stepsList(steps: string[]): List {
  let found = stepLists.get(steps);
  if (!found)
    stepLists.set(
      steps,
      (found = sharedNode(
        list(
          true,
          steps.map((s) => item([s])),
          'steps',
        ),
      )),
    );
  return found;
}

/** One tactic of the plan: summary, when and what it takes, why now, your side, steps (with the templates, scripts and agendas they point at) and the check-in day. */
function tactic(t: PlannedTactic, n: number, plan: Plan, anchor: Anchor): RootContent[] {
  const when =
    t.when.startsWith('Now') || t.when === 'Launch week'
      ? t.when
      : `${t.when}, from ${formatDay(t.day, { weekday: true })}`;
  return [
    heading(4, anchor(`${n}. ${t.title}`), `${n}. ${t.title}`),
    para(t.summary),
    para(strong('Why now:'), ' ', t.why),
    para(
      ...[
        ['When:', when],
        ['Effort:', t.effort],
        ['Prepare:', t.prepare],
        ['Run:', t.run],
        ['In the room:', t.room.join(', ')],
      ].flatMap(([label, value], i) => [...(i ? [' · '] : []), strong(label!), ' ', value!]),
    ),
    ...(t.yourSide ? [para(strong('Your side:'), ' ', t.yourSide)] : []),
    ...(t.stageNote ? [para(strong(`At ${aStage(plan.profile.stage)}:`), ' ', t.stageNote)] : []),
    // A label that leads into its list: printed on the same page as the first step (playbook.css).
    { ...para(strong('Steps:')), data: { hProperties: { className: ['lead-in'] } } },
    stepsList(t.steps),
    ...t.blocks.flatMap((b) => blockUnitNodes(b, 5, anchor(`${n}. ${blockLabel(b)}`))),
    para(
      `Check how it is going on ${formatDay(t.checkIn, { weekday: true })} (after ${t.checkAfterWeeks} week${t.checkAfterWeeks === 1 ? '' : 's'}). Full tactic: `,
      link(t.url, t.title),
      '.',
    ),
  ];
}

/** The windows in order, each with its dates and its tactics numbered through the plan. */
export function timelineSection(plan: Plan, anchor: Anchor): RootContent[] {
  let n = 0;
  const windows = plan.phases.flatMap((phase): RootContent[] => [
    heading(3, anchor(phase.title), phase.title),
    {
      ...para(strong('Dates:'), ' ', `${phase.dates} (${phase.window.toLowerCase()})`),
      data: { hProperties: { className: ['window-dates'] } },
    },
    ...(phase.id === 'launch-week' && plan.launch
      ? [
          para(
            `The launch is due ${formatDay(plan.launch.day, { weekday: true })}. Keep updates short and calm, and note what to fix next time.`,
          ),
        ]
      : []),
    ...phase.tactics.flatMap((t) => tactic(t, ++n, plan, anchor)),
  ]);
  const leftOut: RootContent[] = plan.leftOut.length
    ? [
        heading(3, anchor('Left out for now'), 'Left out for now'),
        para('A 90-day plan can carry only so much. These would also help, once the plan above is under way:'),
        list(
          false,
          plan.leftOut.map((l) =>
            item(
              l.tactic ? [link(l.tactic.url, l.tactic.title), ` (for ${l.need}). ${l.why}`] : [`${l.need}: ${l.why}`],
            ),
          ),
        ),
      ]
    : [];
  return [figure(plan), ...windows, ...leftOut];
}
