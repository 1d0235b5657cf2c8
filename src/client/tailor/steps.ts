/** The form's optional steps are closed disclosures: opened whenever they hold an answer or a control that needs attention. */

/** True when a control differs from the state the page was built with (its default). */
function changed(control: Element): boolean {
  if (control instanceof HTMLSelectElement) return [...control.options].some((o) => o.selected !== o.defaultSelected);
  if (!(control instanceof HTMLInputElement)) return false;
  if (control.type === 'checkbox' || control.type === 'radio') return control.checked !== control.defaultChecked;
  return control.value !== control.defaultValue;
}

/** Opens each optional step that holds an answer other than its default, so restored answers are never out of sight. */
export function revealAnswered(form: HTMLFormElement): void {
  for (const step of form.querySelectorAll('details'))
    if ([...step.querySelectorAll('input, select')].some(changed)) step.open = true;
}

/** Opens the step a control sits in, so it can be seen, corrected and focused. */
export function reveal(control: Element): void {
  const step = control.closest('details');
  if (step) step.open = true;
}
