/** Builds the search results as DOM nodes: the query only ever reaches the page as text, never as HTML. */
import { highlight } from '../../core/search/highlight.ts';
import type { QueryTerm, SearchHit, SearchResults } from '../../core/search/types.ts';
import { understoodText } from '../../core/search/understood.ts';

/** A situation a person can browse: id, title and page. */
export interface SituationLink {
  id: string;
  title: string;
  url: string;
}

type Children = (Node | string)[];

/** The query as echoed back: trimmed, and cut short when someone pastes a page of text. */
function shorten(query: string): string {
  const chars = [...query.trim().replace(/\s+/g, ' ')];
  return chars.length > 80 ? `${chars.slice(0, 79).join('')}…` : chars.join('');
}

/** An element with text or child nodes (strings become text nodes). */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  children: Children = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** A text with the matched words wrapped in <mark>. */
function marked(text: string, terms: readonly QueryTerm[]): Node[] {
  return highlight(text, terms).map((s) => (s.match ? el('mark', {}, [s.text]) : document.createTextNode(s.text)));
}

function hitItem(hit: SearchHit, terms: readonly QueryTerm[], situationTitle: (id: string) => string): HTMLLIElement {
  const tags = hit.situations.map((id) => el('li', {}, [situationTitle(id)]));
  return el('li', { class: 'card search-hit', 'data-id': hit.id }, [
    el('a', { href: hit.url, class: 'search-hit-link' }, marked(hit.title, terms)),
    el('p', {}, marked(hit.summary, terms)),
    ...(tags.length ? [el('ul', { class: 'tags', 'aria-label': 'Situations' }, tags)] : []),
  ]);
}

function section(id: string, title: string, body: HTMLElement): HTMLElement {
  return el('section', { 'aria-labelledby': id, class: 'search-section' }, [el('h2', { id }, [title]), body]);
}

function situationList(situations: readonly SituationLink[]): HTMLUListElement {
  return el(
    'ul',
    { class: 'search-situations' },
    situations.map((s) => el('li', {}, [el('a', { href: s.url }, [s.title])])),
  );
}

/** The results (tactics, playbooks, matching situations), or an empty state that suggests situations to browse. */
export function renderResults(results: SearchResults, all: readonly SituationLink[]): Node[] {
  const titleOf = (id: string) => all.find((s) => s.id === id)?.title ?? id;
  const matched = results.situations.map((h) => ({ id: h.id, title: h.title, url: h.url }));
  if (!results.results.length) {
    const suggestions = matched.length ? matched : all.slice(0, 6);
    return [
      el('div', { class: 'search-empty' }, [
        el('p', {}, [
          'No tactic matches ',
          el('q', {}, [shorten(results.query)]),
          '. Check the spelling, use fewer words, clear a filter, or start from the situation closest to yours:',
        ]),
        situationList(suggestions),
      ]),
    ];
  }
  const nodes: Node[] = [
    section(
      'search-tactics-heading',
      'Tactics',
      el(
        'ol',
        { class: 'search-results' },
        results.results.map((h) => hitItem(h, results.terms, titleOf)),
      ),
    ),
  ];
  if (results.playbooks.length)
    nodes.push(
      section(
        'search-playbooks-heading',
        'Playbooks',
        el(
          'ol',
          { class: 'search-results' },
          results.playbooks.map((h) => hitItem(h, results.terms, titleOf)),
        ),
      ),
    );
  if (matched.length)
    nodes.push(section('search-situations-heading', 'Situations that sound like yours', situationList(matched)));
  return nodes;
}

/** The sentence the live region announces: how many tactics, for what. */
export function statusText(results: SearchResults): string {
  const n = results.total;
  const shown = results.results.length;
  const count = n === 0 ? 'No tactics' : n === 1 ? '1 tactic' : shown < n ? `${shown} of ${n} tactics` : `${n} tactics`;
  return `${count} for “${shorten(results.query)}”`;
}

/** The line saying how the query was read (jargon, corrected spellings, recognised situations), or ''. */
export function understoodLine(results: SearchResults): string {
  const text = understoodText(results.understood);
  return text && `Understood as: ${text}`;
}
