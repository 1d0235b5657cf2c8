/** The tailor page's script: restores answers, reads the health check live, builds the playbook on submit, prints and downloads. */
import { scoreHealth } from '../../core/health/index.ts';
import type { Profile } from '../../core/schema/index.ts';
import { rawProfile, readForm, writeForm, type FormAnswers } from './form-answers.ts';
import { answersInAddress, rememberedAnswers, saveAnswers } from './memory.ts';
import type { Engine } from './engine.ts';
import { clearProblems, showProblems } from './errors.ts';
import { applyHealth, showHealth } from './health-view.ts';
import { keepAnswersOnAnchors, showPlaybook } from './result-view.ts';
import { reveal, revealAnswered } from './steps.ts';
import { byId } from '../dom.ts';
import { count } from '../../site/wording.ts';
import { formatDay } from '../../core/tailor/days.ts';

const form = byId<HTMLFormElement>('tailor-form');
const result = byId('t-result');
const status = (text: string) => (byId('t-status').textContent = text);
/** The answers the form starts with (the schema's defaults, rendered at build time). */
const defaults = readForm(form);
let current: { profile: Profile; slug: string; title: string } | undefined;

let engine: Promise<Engine> | undefined;
/** The engine chunk and the library data, fetched once and only when needed. */
function loadEngine(): Promise<Engine> {
  engine ??= import('./engine.ts')
    .then((m) => m.createEngine())
    .catch((error: unknown) => {
      engine = undefined;
      throw error;
    });
  return engine;
}

const save = () => saveAnswers(form, defaults);

/** Validates and builds; `announce` moves focus to the result (or the problems) as after a submit. */
async function build(announce: boolean): Promise<void> {
  performance.clearMarks('tailor-submit');
  performance.mark('tailor-submit');
  status('Building your playbook…');
  let e: Engine;
  try {
    e = await loadEngine();
  } catch (error) {
    status(`Sorry, the playbook could not be built: ${(error as Error).message}. Please reload the page.`);
    return;
  }
  const checked = e.check(rawProfile(readForm(form)));
  if ('problems' in checked) {
    status('');
    if (!announce) return;
    // A playbook for earlier answers would no longer match the form.
    result.hidden = true;
    current = undefined;
    showProblems(checked.problems);
    return;
  }
  clearProblems();
  const plan = e.plan(checked.profile);
  showPlaybook(byId('t-playbook'), e.html(plan));
  result.hidden = false;
  current = { profile: checked.profile, slug: plan.slug, title: `PM–PMM playbook for ${plan.company}` };
  performance.clearMarks('tailor-rendered');
  performance.mark('tailor-rendered');
  performance.measure('tailor-submit-to-render', 'tailor-submit', 'tailor-rendered');
  const tactics = plan.phases.reduce((n, p) => n + p.tactics.length, 0);
  const starts = formatDay(plan.start, { weekday: true, year: true });
  status(
    `Your playbook is ready below, starting today, ${starts}: ${count(tactics, 'tactic')} in ${count(plan.phases.length, 'phase')}.`,
  );
  if (announce) {
    result.scrollIntoView({ block: 'start' });
    byId('t-result-heading').focus({ preventScroll: true });
  }
}

/** Downloads a file made from the current result (the file helpers load on first use). */
async function download(kind: 'yaml' | 'md' | 'ics'): Promise<void> {
  if (!current) return;
  const { profile, slug } = current;
  const [files, e] = await Promise.all([import('./downloads.ts'), loadEngine()]);
  if (kind === 'yaml') files.saveFile(`profile-${slug}.yaml`, files.profileYaml(profile), 'application/yaml');
  else if (kind === 'ics')
    files.saveFile(`playbook-${slug}.ics`, files.playbookCalendar(e.plan(profile)), 'text/calendar');
  // Links become absolute so the Markdown file still points at the site when read elsewhere.
  else
    files.saveFile(
      `playbook-${slug}.md`,
      files.playbookMarkdown(e.plan(profile, (path) => new URL(path, location.href).href)),
      'text/markdown',
    );
}

form.addEventListener('change', () => {
  save();
  showHealth(scoreHealth(readForm(form).health));
});
form.addEventListener('input', save);
form.addEventListener('focusin', () => void loadEngine().catch(() => undefined), { once: true });
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void build(true);
});
byId('t-health-apply').addEventListener('click', () => {
  status(applyHealth(form, scoreHealth(readForm(form).health)));
  // The pain points it set sit in the last step: show them.
  reveal(byId('t-pain'));
  save();
});
byId('t-reset').addEventListener('click', () => {
  form.reset();
  clearProblems();
  result.hidden = true;
  byId('t-playbook').replaceChildren();
  current = undefined;
  save();
  showHealth(scoreHealth({}));
  status('Your answers were cleared.');
  byId('t-company').focus();
});
keepAnswersOnAnchors(byId('t-playbook'));
byId('t-print').addEventListener('click', () => window.print());
// The print dialog names the PDF after the document title: the playbook's while printing.
const pageTitle = document.title;
addEventListener('beforeprint', () => current && (document.title = current.title));
addEventListener('afterprint', () => (document.title = pageTitle));
byId('t-yaml').addEventListener('click', () => void download('yaml'));
byId('t-md').addEventListener('click', () => void download('md'));
byId('t-ics').addEventListener('click', () => void download('ics'));

/** Shows restored answers and their playbook. */
function restore(answers: FormAnswers): void {
  writeForm(form, answers);
  revealAnswered(form);
  save();
  showHealth(scoreHealth(answers.health));
  void build(false);
}

// A shared link pasted into this tab changes only the fragment; any other fragment (the skip link) gets the answers put back.
addEventListener('hashchange', () => {
  const answers = answersInAddress(defaults);
  if (answers) restore(answers);
  else save();
});

const restored = rememberedAnswers(defaults);
if (restored) restore(restored);
