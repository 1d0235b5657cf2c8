/** Where the form's answers are kept: in the page address (shareable) and in this browser (survives a reload). */
import { fromParams, readForm, toParams, type FormAnswers } from './form-answers.ts';

const STORAGE_KEY = 'playbook:tailor';

/**
 * Keeps the answers in the address and in local storage. The address keeps them after `#`, which browsers never
 * send to a server, not even in a Referer header.
 */
export function saveAnswers(form: HTMLFormElement, defaults: FormAnswers): void {
  const query = toParams(readForm(form), defaults).toString();
  history.replaceState(history.state, '', `${location.pathname}${location.search}${query ? `#${query}` : ''}`);
  try {
    if (query) localStorage.setItem(STORAGE_KEY, query);
    else localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage can be disabled; the address still holds the answers.
  }
}

/** Answers in the address, if it holds any. */
export const answersInAddress = (defaults: FormAnswers): FormAnswers | undefined =>
  fromParams(new URLSearchParams(location.hash.slice(1)), defaults);

/** Answers from the address (a shared link) or else from this browser's last visit. */
export function rememberedAnswers(defaults: FormAnswers): FormAnswers | undefined {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    stored = null;
  }
  return answersInAddress(defaults) ?? (stored ? fromParams(new URLSearchParams(stored), defaults) : undefined);
}
