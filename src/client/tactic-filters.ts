/**
 * The tactics list's filters in the address (`?audience=pm&effort=light`): a shared or reloaded link shows the same
 * selection. The filtering itself is the page's CSS, so without this script the radios still filter.
 */
// Not the shared byId: importing it would split it into a chunk of its own that the tailor page then loads too.
const form = document.getElementById('tactic-filters') as HTMLFormElement;
const radios = [...form.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const groups = [...new Set(radios.map((r) => r.name))];

/** Checks the radios the address names; an unknown value leaves its group on "Any". */
function fromAddress(): void {
  const query = new URLSearchParams(location.search);
  for (const name of groups) {
    const wanted = query.get(name) ?? '';
    const match = radios.find((r) => r.name === name && r.value === wanted);
    (match ?? radios.find((r) => r.name === name && r.value === ''))!.checked = true;
  }
}

/** Writes the checked filters into the address, leaving out groups on "Any" and any other parameter as it was. */
function toAddress(): void {
  const query = new URLSearchParams(location.search);
  for (const name of groups) {
    const value = radios.find((r) => r.name === name && r.checked)?.value ?? '';
    if (value) query.set(name, value);
    else query.delete(name);
  }
  const search = query.toString();
  history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
}

fromAddress();
form.addEventListener('change', toAddress);
addEventListener('popstate', fromAddress);
