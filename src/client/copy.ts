/**
 * Copy buttons on templates: each copies the text the build put in its block's "… to copy" disclosure, says so on
 * the button and in a live status. The controls stay hidden until this script runs, so without it none is left dead.
 */

/** How long the button says "Copied" before it reads as before (a second click is announced again). */
const RESET_MS = 3000;

/** Copies `source`'s text: the Clipboard API, else the selection and the older copy command; false when neither worked. */
async function copy(source: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(source.textContent ?? '');
    return true;
  } catch {
    // No clipboard here (a page served over plain http, a refused permission): copy the selected text instead.
  }
  const disclosure = source.closest('details');
  if (disclosure) disclosure.open = true;
  getSelection()?.selectAllChildren(source);
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

for (const bar of document.querySelectorAll<HTMLElement>('.copy-bar')) {
  const source = bar.closest('.block')?.querySelector<HTMLElement>('.copy-source pre');
  const label = bar.querySelector('.copy-label');
  const status = bar.querySelector('.copy-status');
  if (!source || !label || !status) continue;
  const idle = label.textContent;
  let timer: ReturnType<typeof setTimeout> | undefined;
  bar.querySelector('button')?.addEventListener('click', () => {
    void copy(source).then((copied) => {
      label.textContent = copied ? 'Copied' : 'Press Ctrl+C';
      status.textContent = copied ? 'Copied' : 'Selected below: press Ctrl+C (⌘C on a Mac) to copy';
      clearTimeout(timer);
      timer = setTimeout(() => {
        label.textContent = idle;
        status.textContent = '';
      }, RESET_MS);
    });
  });
  bar.hidden = false;
}
