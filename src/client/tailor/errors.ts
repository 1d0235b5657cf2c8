/** Shows validation problems beside their fields (aria-invalid, aria-describedby) and in a summary that links to them. */
import { byId } from '../dom.ts';
import { reveal } from './steps.ts';
import { count } from '../../site/wording.ts';

/** One problem as the page shows it: the profile field and the CLI's message for it. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** Profile field (first path segment) → the control to mark and focus, and its error element; `group` marks fieldsets whose role cannot be invalid. */
const FIELDS: Record<string, { control: string; error: string; group?: boolean }> = {
  company: { control: 't-company', error: 't-company-error' },
  stage: { control: 't-stage', error: 't-stage-error' },
  reader: { control: 't-reader', error: 't-reader-error' },
  reporting: { control: 't-reporting', error: 't-reporting-error', group: true },
  go_to_market: { control: 't-gtm', error: 't-gtm-error' },
  upcoming_launch_weeks: { control: 't-weeks', error: 't-weeks-error' },
  relationship: { control: 't-relationship', error: 't-relationship-error' },
  pain_points: { control: 't-pain', error: 't-pain-error', group: true },
};

/** Clears every shown problem. */
export function clearProblems(): void {
  for (const f of Object.values(FIELDS)) {
    const error = byId(f.error);
    error.hidden = true;
    error.textContent = '';
    const control = byId(f.control);
    control.removeAttribute('aria-invalid');
    const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== f.error);
    if (described.length) control.setAttribute('aria-describedby', described.join(' '));
    else control.removeAttribute('aria-describedby');
  }
  const summary = byId('t-errors');
  summary.hidden = true;
  summary.querySelector('ul')!.replaceChildren();
}

/** Shows problems beside their fields and in the summary, then moves focus to the summary. */
export function showProblems(problems: FieldProblem[]): void {
  clearProblems();
  const summary = byId('t-errors');
  const items = problems.map((p) => {
    const target = FIELDS[p.field.split('.')[0]!];
    const li = document.createElement('li');
    if (!target) {
      li.textContent = p.message;
      return li;
    }
    const error = byId(target.error);
    error.textContent = error.textContent ? `${error.textContent} ${p.message}` : p.message;
    error.hidden = false;
    const control = byId(target.control);
    reveal(control);
    if (!target.group) control.setAttribute('aria-invalid', 'true');
    const described = new Set((control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)).add(
      target.error,
    );
    control.setAttribute('aria-describedby', [...described].join(' '));
    const link = document.createElement('a');
    link.href = `#${focusable(control).id}`;
    link.textContent = p.message;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      focusable(control).focus();
    });
    li.append(link);
    return li;
  });
  byId('t-errors-title').textContent =
    problems.length === 1 ? 'There is a problem' : `There are ${count(problems.length, 'problem')}`;
  summary.querySelector('ul')!.replaceChildren(...items);
  summary.hidden = false;
  summary.focus();
}

/** The element to focus for a control: itself, or the first input of a group. */
function focusable(control: HTMLElement): HTMLElement {
  return control instanceof HTMLFieldSetElement ? control.querySelector('input')! : control;
}
