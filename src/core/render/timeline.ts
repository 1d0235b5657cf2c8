/** The visual timeline: an SVG (as hast) drawn at build time, plain shapes and text so it prints crisply. */
import { s } from 'hastscript';
import type { Element } from 'hast';
import type { Plan } from '../tailor/index.ts';
import { formatDay } from '../tailor/days.ts';

const WIDTH = 720;
const LINE = 15;
const GAP = 7;
const HEAD = 50;

/** One column per phase with its window, its title and numbered tactic titles, wrapped to fit. */
export function timelineSvg(plan: Plan): Element {
  const colWidth = WIDTH / Math.max(1, plan.phases.length);
  // About 6.3 px per character of 11 px system-ui text: a safe budget, so no line runs past its card.
  const maxChars = Math.floor((colWidth - 30) / 6.3);
  const texts: Element[] = [];
  let bottom = HEAD;
  let n = 0;
  plan.phases.forEach((phase, i) => {
    const note =
      phase.id === 'launch-week' && plan.launch ? `Launch due ${formatDay(plan.launch.day, { weekday: true })}` : '';
    const column = phaseColumn(phase, i * colWidth, maxChars, n, note);
    n += phase.tactics.length;
    texts.push(...column.texts);
    bottom = Math.max(bottom, column.bottom);
  });
  const height = bottom + 4;
  const label = `Timeline: ${plan.phases.map((p) => `${p.window}, ${p.tactics.length} tactic${p.tactics.length === 1 ? '' : 's'}`).join('; ')}.`;
  return s(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${WIDTH} ${height}`,
      width: WIDTH,
      height,
      role: 'img',
      'aria-label': label,
      class: 'timeline',
      'font-family': 'system-ui, sans-serif',
    },
    [s('title', label), ...plan.phases.flatMap((_, i) => frame(i * colWidth, colWidth, height)), ...texts],
  );
}

/** A phase's column of text: window, calendar dates, then its tactics numbered on from `before`; and where it ends. */
function phaseColumn(phase: Plan['phases'][number], x: number, maxChars: number, before: number, note: string) {
  const texts: Element[] = [
    s('text', { x: x + 14, y: 22, 'font-size': 12, 'font-weight': 700, fill: '#1d2430' }, phase.window),
    s('text', { x: x + 14, y: 37, 'font-size': 10.5, fill: '#39424e' }, phase.dates),
  ];
  let y = HEAD + 16;
  if (note) {
    texts.push(s('text', { x: x + 14, y, 'font-size': 11, 'font-weight': 700, fill: '#1d2430' }, note));
    y += LINE + GAP;
  }
  phase.tactics.forEach((t, k) => {
    wrap(`${before + k + 1}. ${t.title}`, maxChars).forEach((line, j) => {
      texts.push(s('text', { x: x + (j ? 27 : 14), y, 'font-size': 11, fill: '#1d2430' }, line));
      y += LINE;
    });
    y += GAP;
  });
  return { texts, bottom: y };
}

/** A column's card: its outline and the shaded band behind the window and title. */
function frame(x: number, width: number, height: number): Element[] {
  return [
    s('rect', {
      x: x + 4,
      y: 4,
      width: width - 8,
      height: height - 8,
      rx: 8,
      fill: 'none',
      stroke: '#1f5fbf',
      'stroke-width': 1.5,
    }),
    s('rect', { x: x + 5, y: 5, width: width - 10, height: 40, rx: 7, fill: '#e7effb' }),
  ];
}

/** Greedy word wrap to a character budget. */
function wrap(value: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of value.split(/\s+/)) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
