/** Puts the renderer's HTML on the page (the renderer already makes tick boxes decorative and tables focusable scroll regions). */

/** Inserts the playbook HTML (renderer output only: it escapes every string from the form). */
export function showPlaybook(container: HTMLElement, html: string): void {
  container.innerHTML = html;
}

/** Makes the playbook's in-page links (its contents) scroll and move focus without replacing the answers kept after `#` in the address. */
export function keepAnswersOnAnchors(container: HTMLElement): void {
  container.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[href^="#"]');
    const target = link && document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus();
    target.scrollIntoView();
  });
}
