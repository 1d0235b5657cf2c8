/** Shows the health check's reading: a status line, an SVG bar chart with a table of the same numbers, the state and pain points with why. */
import { DIMENSIONS, PAIN_BELOW, STATEMENTS, type HealthResult } from '../../core/health/index.ts';
import type { Relationship } from '../../core/taxonomy.ts';
import { byId } from '../dom.ts';
import { count } from '../../site/wording.ts';

const SVG = 'http://www.w3.org/2000/svg';
const fmt = (n: number) => n.toFixed(1);

/** Situations the health check can name; applying a reading sets exactly these pain points and leaves the rest alone. */
const HEALTH_SITUATIONS = new Set<string>([
  ...DIMENSIONS.map((d) => d.situation),
  ...STATEMENTS.flatMap((s) => (s.signals ? [s.signals] : [])),
]);

/** A situation's title as the form shows it. */
const title = (id: string) => (document.getElementById(`t-pain-${id}`) as HTMLInputElement | null)?.dataset.title ?? id;

/** Redraws the reading for a result. */
export function showHealth(result: HealthResult): void {
  const details = byId('t-health-details');
  if (!result.answered) {
    byId('t-health-status').textContent = 'Rate the statements above to see a reading.';
    details.hidden = true;
    return;
  }
  const state = result.relationship?.state;
  byId('t-health-status').textContent =
    `${result.answered} of ${result.total} statements rated. ` +
    (state
      ? `Reading: ${state} relationship, ${count(result.painPoints.length, 'pain point')}.`
      : 'Rate at least one statement in every area to read the relationship.');
  details.hidden = false;
  byId('t-health-chart').replaceChildren(chart(result));
  byId('t-health-table')
    .querySelector('tbody')!
    .replaceChildren(
      ...result.dimensions.map((d) =>
        row(d.label, d.score === null ? 'not rated' : fmt(d.score), `${d.answered} of ${d.total}`),
      ),
    );
  byId('t-health-state').textContent = result.relationship
    ? result.relationship.why
    : `Not enough answers yet to read the relationship: rate a statement in each area.`;
  const pains = byId('t-health-pains');
  if (!result.painPoints.length) pains.replaceChildren(text('p', 'No pain points stand out.'));
  else {
    const list = document.createElement('ul');
    list.append(
      ...result.painPoints.map((p) => {
        const li = document.createElement('li');
        li.append(text('strong', title(p.id)), `: ${p.why}`);
        return li;
      }),
    );
    pains.replaceChildren(text('p', 'Pain points it suggests:'), list);
  }
}

/** Sets the relationship (when the reading has one) and the pain points the check can name; returns what changed, for the status line. */
export function applyHealth(form: HTMLFormElement, result: HealthResult): string {
  const state: Relationship | undefined = result.relationship?.state;
  if (state) (form.elements.namedItem('relationship') as RadioNodeList).value = state;
  const named = new Set<string>(result.painPoints.map((p) => p.id));
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="pain_points"]'))
    if (HEALTH_SITUATIONS.has(box.value)) box.checked = named.has(box.value);
  const pains = result.painPoints.map((p) => title(p.id)).join(', ') || 'none';
  return `${state ? `Relationship set to ${state}. ` : ''}Pain points from the check: ${pains}. You can change them below.`;
}

/** A horizontal bar per dimension on a 1–5 axis, with a dashed line where pain points start. */
function chart(result: HealthResult): SVGSVGElement {
  const rowH = 30,
    labelW = 190,
    barW = 300,
    top = 8,
    width = labelW + barW + 50;
  const height = top + DIMENSIONS.length * rowH + 22;
  const x = (score: number) => labelW + ((score - 1) / 4) * barW;
  const svg = el('svg', {
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-labelledby': 't-health-chart-title',
    class: 'health-bars',
  }) as SVGSVGElement;
  const summary = result.dimensions
    .map((d) => `${d.label} ${d.score === null ? 'not rated' : `${fmt(d.score)} of 5`}`)
    .join('; ');
  svg.append(el('title', { id: 't-health-chart-title' }, `Health check scores: ${summary}.`));
  result.dimensions.forEach((d, i) => {
    const y = top + i * rowH;
    svg.append(el('text', { x: labelW - 8, y: y + 18, 'text-anchor': 'end' }, d.label));
    svg.append(el('rect', { x: labelW, y: y + 5, width: barW, height: 18, rx: 3, class: 'track' }));
    if (d.score !== null) {
      svg.append(
        el('rect', {
          x: labelW,
          y: y + 5,
          width: Math.max(3, x(d.score) - labelW),
          height: 18,
          rx: 3,
          class: d.score < PAIN_BELOW ? 'bar low' : 'bar',
        }),
      );
      svg.append(el('text', { x: x(d.score) + 6, y: y + 18 }, fmt(d.score)));
    } else svg.append(el('text', { x: labelW + 6, y: y + 18, class: 'muted' }, 'not rated'));
  });
  const axisY = top + DIMENSIONS.length * rowH;
  svg.append(el('line', { x1: x(PAIN_BELOW), x2: x(PAIN_BELOW), y1: top, y2: axisY, class: 'threshold' }));
  for (const n of [1, 2, 3, 4, 5])
    svg.append(el('text', { x: x(n), y: axisY + 16, 'text-anchor': 'middle', class: 'tick' }, String(n)));
  return svg;
}

function el(name: string, attrs: Record<string, string | number>, content?: string): SVGElement {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (content !== undefined) node.textContent = content;
  return node;
}

function text(tag: string, content: string): HTMLElement {
  const node = document.createElement(tag);
  node.textContent = content;
  return node;
}

function row(...cells: string[]): HTMLTableRowElement {
  const tr = document.createElement('tr');
  tr.append(...cells.map((c, i) => text(i ? 'td' : 'th', c)));
  tr.firstElementChild!.setAttribute('scope', 'row');
  return tr;
}
