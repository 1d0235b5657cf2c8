/** The form's answers: read from and written to the form, kept in the page address, turned into a raw org profile. */
import { decodeAnswers, encodeAnswers, STATEMENTS, type Answers as HealthAnswers } from '../../core/health/index.ts';

/** Everything the person entered, as entered (validation happens on the profile built from it). */
export interface FormAnswers {
  company: string;
  stage: string;
  reader: string;
  new_to_company: boolean;
  same_leader: boolean;
  leaders_aligned: boolean;
  go_to_market: string;
  upcoming_launch_weeks: string;
  relationship: string;
  pain_points: string[];
  health: HealthAnswers;
}

const TEXT = ['company', 'stage', 'reader', 'go_to_market', 'upcoming_launch_weeks', 'relationship'] as const;
const FLAGS = ['new_to_company', 'same_leader', 'leaders_aligned'] as const;

/** Reads the form's current answers. */
export function readForm(form: HTMLFormElement): FormAnswers {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '');
  const health: Record<string, number> = {};
  for (const s of STATEMENTS) if (data.get(`h-${s.id}`)) health[s.id] = Number(data.get(`h-${s.id}`));
  return {
    ...(Object.fromEntries(TEXT.map((k) => [k, text(k)])) as Record<(typeof TEXT)[number], string>),
    ...(Object.fromEntries(FLAGS.map((k) => [k, data.has(k)])) as Record<(typeof FLAGS)[number], boolean>),
    pain_points: data.getAll('pain_points').map(String),
    health,
  };
}

/** Puts answers into the form; a value the form offers no choice for leaves that choice empty. */
export function writeForm(form: HTMLFormElement, answers: FormAnswers): void {
  const controls = form.elements;
  for (const k of TEXT) {
    const el = controls.namedItem(k);
    if (el instanceof RadioNodeList) check(el, answers[k]);
    else if (el instanceof HTMLSelectElement)
      el.value = [...el.options].some((o) => o.value === answers[k]) ? answers[k] : '';
    else if (el instanceof HTMLInputElement) el.value = answers[k];
  }
  for (const k of FLAGS) (controls.namedItem(k) as HTMLInputElement).checked = answers[k];
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="pain_points"]'))
    box.checked = answers.pain_points.includes(box.value);
  for (const s of STATEMENTS)
    check(controls.namedItem(`h-${s.id}`) as RadioNodeList, String(answers.health[s.id] ?? ''));
}

/** Checks the radio with `value` and unchecks the others (RadioNodeList's own setter never unchecks). */
function check(radios: RadioNodeList, value: string): void {
  for (const radio of radios as unknown as Iterable<HTMLInputElement>) radio.checked = radio.value === value;
}

/** The answers as URL parameters, leaving out what equals the defaults so shared links stay short. */
export function toParams(answers: FormAnswers, defaults: FormAnswers): URLSearchParams {
  const params = new URLSearchParams();
  for (const k of TEXT) if (answers[k] !== defaults[k]) params.set(k, answers[k]);
  for (const k of FLAGS) if (answers[k] !== defaults[k]) params.set(k, answers[k] ? '1' : '0');
  if (answers.pain_points.length) params.set('pain_points', answers.pain_points.join(','));
  const health = encodeAnswers(answers.health);
  if (health) params.set('health', health);
  return params;
}

/** Answers from URL parameters over the defaults; undefined when the parameters hold none. */
export function fromParams(params: URLSearchParams, defaults: FormAnswers): FormAnswers | undefined {
  const known = [...TEXT, ...FLAGS, 'pain_points', 'health'];
  if (![...params.keys()].some((k) => known.includes(k))) return undefined;
  const answers: FormAnswers = { ...defaults, pain_points: [], health: decodeAnswers(params.get('health') ?? '') };
  for (const k of TEXT) answers[k] = params.get(k) ?? defaults[k];
  for (const k of FLAGS) if (params.has(k)) answers[k] = params.get(k) === '1';
  answers.pain_points = (params.get('pain_points') ?? '').split(',').filter(Boolean);
  return answers;
}

/**
 * The org profile the answers describe, before validation, in the key order of DESIGN.md §4. Unset choices are
 * left out (so the schema reports them as required) and a launch field that is not a number stays text, exactly
 * as the CLI would read it from a YAML file.
 */
export function rawProfile(a: FormAnswers): Record<string, unknown> {
  const weeks = a.upcoming_launch_weeks.trim();
  return {
    company: a.company,
    ...(a.stage && { stage: a.stage }),
    ...(a.reader && { reader: a.reader }),
    ...(a.relationship && { relationship: a.relationship }),
    new_to_company: a.new_to_company,
    reporting: { same_leader: a.same_leader, leaders_aligned: a.leaders_aligned },
    ...(a.go_to_market && { go_to_market: a.go_to_market }),
    ...(weeks && { upcoming_launch_weeks: /^[+-]?\d+(\.\d+)?$/.test(weeks) ? Number(weeks) : weeks }),
    pain_points: a.pain_points,
  };
}
