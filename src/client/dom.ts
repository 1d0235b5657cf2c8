/** The one DOM look-up the page scripts share. */

/** The element with this id; the pages render every id the scripts ask for, so a miss is a build bug. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el as T;
}
