/** The search page's script: loads the prebuilt index, searches as you type, keeps the query in the address, and adds keyboard navigation. */
import { createSearcher, type Searcher } from '../../core/search/search.ts';
import type { SearchFilters, SearchIndexData } from '../../core/search/types.ts';
import { renderResults, statusText, understoodLine, type SituationLink } from './render.ts';
import { byId } from '../dom.ts';

/** Pause after the last keystroke before searching. */
const DEBOUNCE_MS = 150;
/** Tactics listed on the page. */
const PAGE_LIMIT = 20;
const FILTERS = ['situation', 'audience', 'stage'] as const;

const app = byId<HTMLElement>('search-app');
const input = byId<HTMLInputElement>('page-search');
const output = byId<HTMLElement>('search-output');
const status = byId<HTMLElement>('search-status');
const understood = byId<HTMLElement>('search-understood');
const selects = Object.fromEntries(FILTERS.map((f) => [f, byId<HTMLSelectElement>(`search-${f}`)])) as Record<
  (typeof FILTERS)[number],
  HTMLSelectElement
>;
/** The situations to suggest and to name on result cards: from the index, filled in when it loads. */
let situations: SituationLink[] = [];
let searcher: Searcher | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Restores the query and filters from the address (`?q=…&situation=…`). */
function restore(): void {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const f of FILTERS) {
    const value = params.get(f) ?? '';
    if ([...selects[f].options].some((o) => o.value === value)) selects[f].value = value;
  }
}

/** Writes the query and filters into the address, so a search can be shared and survives a reload. */
function remember(): void {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set('q', input.value);
  for (const f of FILTERS) if (selects[f].value) params.set(f, selects[f].value);
  const search = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}`);
}

/** Runs the search for the box's text and shows the results. */
function run(): void {
  clearTimeout(timer);
  remember();
  const query = input.value;
  understood.hidden = true;
  if (!query.trim()) {
    output.replaceChildren();
    status.textContent = '';
    return;
  }
  if (!searcher) {
    status.textContent = 'Loading the search index…';
    return;
  }
  const filters: SearchFilters = Object.fromEntries(FILTERS.map((f) => [f, selects[f].value]));
  const results = searcher.search(query, { limit: PAGE_LIMIT, filters });
  output.replaceChildren(...renderResults(results, situations));
  status.textContent = statusText(results);
  // What the query was read as ("AE → sales"), so a person sees why results match words they did not type.
  understood.textContent = understoodLine(results);
  understood.hidden = !understood.textContent;
}

/** The links a person can move between with the arrow keys, in reading order. */
const links = () => [...output.querySelectorAll<HTMLAnchorElement>('a[href]')];
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(run, DEBOUNCE_MS);
});
input.form?.addEventListener('submit', (event) => {
  event.preventDefault();
  run();
});
for (const f of FILTERS) selects[f].addEventListener('change', run);

input.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown' && links().length) {
    event.preventDefault();
    links()[0]!.focus();
  } else if (event.key === 'Escape' && input.value) {
    event.preventDefault();
    input.value = '';
    run();
  }
});
output.addEventListener('keydown', (event) => {
  const list = links();
  const at = list.indexOf(document.activeElement as HTMLAnchorElement);
  if (at < 0) return;
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? list[Math.min(at + 1, list.length - 1)] : list[at - 1];
    (next ?? input).focus();
  } else if (event.key === 'Escape') {
    event.preventDefault();
    input.focus();
  }
});
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
  event.preventDefault();
  input.focus();
  input.select();
});

restore();
app.hidden = false;
fetch(app.dataset.index!)
  .then((response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json() as Promise<SearchIndexData>;
  })
  .then((data) => {
    searcher = createSearcher(data);
    situations = data.docs.filter((d) => d.kind === 'situation').map(({ id, title, url }) => ({ id, title, url }));
    app.dataset.ready = 'true';
    if (input.value.trim()) run();
  })
  .catch(() => {
    status.textContent = 'Search is unavailable right now. Browse the situations below instead.';
  });
