/** Turns the library into search documents (build time and CLI only: it reads Markdown bodies). */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Library } from '../library/library.ts';
import { isMdxFile, parseBody } from '../markdown/parse.ts';
import { AUDIENCE_LABELS, type Audience } from '../taxonomy.ts';
import { paths } from '../url.ts';
import { buildSearchIndex } from './fuse-index.ts';
import { distinctiveWords } from './keywords.ts';
import type { SearchDoc, SearchFields, SearchIndexData } from './types.ts';
import { compileVocabulary } from './vocabulary.ts';
import type { Entry } from '../library/types.ts';
import type { Playbook, Situation, Tactic } from '../schema/index.ts';

/** Node types whose text is form scaffolding (templates, tables, code), not advice. */
const SKIPPED = new Set<RootContent['type']>(['table', 'code', 'html', 'thematicBreak']);

/** The readable text of a Markdown body, without tables and code. */
function bodyText(markdown: string, file: string): string {
  return parseBody(markdown, { mdx: isMdxFile(file) })
    .children.filter((n) => !SKIPPED.has(n.type))
    .map((n) => toString(n))
    .join(' ');
}

/** A document before its body words are picked: metadata, fields, and the text the body words come from. */
interface Draft {
  meta: Omit<SearchDoc, 'fields'>;
  fields: Omit<SearchFields, 'body'>;
  text: string;
}

const audience = (ids: readonly Audience[]) => ids.map((a) => AUDIENCE_LABELS[a]);

/** A tactic: its body, perspectives and stage notes give the body words. */
function tacticDraft(lib: Library, t: Entry<Tactic>): Draft {
  const d = t.data;
  return {
    meta: {
      kind: 'tactic',
      id: t.id,
      title: d.title,
      summary: d.summary,
      url: paths.tactic(t.id),
      situations: d.situations,
      audience: d.audience,
      stages: d.stages,
      sources: d.sources,
    },
    fields: {
      title: d.title,
      summary: d.summary,
      situations: d.situations.map((id) => lib.situation(id).data.title),
      phrases: [],
      audience: audience(d.audience),
    },
    text: [bodyText(t.body, t.file), ...Object.values(d.perspectives), ...Object.values(d.stage_notes)].join(' '),
  };
}

/** A playbook: its stages are those of its tactics; its steps' titles and notes add to the body words. */
function playbookDraft(lib: Library, p: Entry<Playbook>): Draft {
  const d = p.data;
  const steps = d.steps.map((s) => lib.tactic(s.tactic));
  return {
    meta: {
      kind: 'playbook',
      id: p.id,
      title: d.title,
      summary: d.summary,
      url: paths.playbook(p.id),
      situations: d.situations,
      audience: d.audience,
      stages: [...new Set(steps.flatMap((t) => t.data.stages))],
      sources: [],
      steps: steps.map((t) => t.id),
    },
    fields: {
      title: d.title,
      summary: `${d.summary} ${d.goal}`,
      situations: d.situations.map((id) => lib.situation(id).data.title),
      phrases: [],
      audience: audience(d.audience),
    },
    text: [
      bodyText(p.body, p.file),
      ...steps.map((t) => t.data.title),
      ...d.steps.map((s) => s.note ?? ''),
      ...d.checklist,
    ].join(' '),
  };
}

/** A situation: found by its title, description and the everyday phrases people use for it. */
function situationDraft(s: Entry<Situation>): Draft {
  const d = s.data;
  return {
    meta: {
      kind: 'situation',
      id: s.id,
      title: d.title,
      summary: d.short,
      url: paths.situation(s.id),
      situations: [s.id],
      audience: [],
      stages: [],
      sources: [],
    },
    fields: {
      title: d.title,
      summary: `${d.short} ${d.description}`,
      situations: [],
      phrases: d.phrases,
      audience: [],
    },
    text: '',
  };
}

/** Every tactic, playbook and situation as a search document; URLs honour the base path. */
export function buildDocuments(lib: Library): SearchDoc[] {
  const all = [
    ...lib.tactics.map((t) => tacticDraft(lib, t)),
    ...lib.playbooks.map((p) => playbookDraft(lib, p)),
    ...lib.situations.map(situationDraft),
  ];
  const bodies = distinctiveWords(all.map((x) => x.text));
  return all.map((x, i): SearchDoc => ({ ...x.meta, fields: { ...x.fields, body: bodies[i]! }, text: x.text }));
}

/** The index the site serves and the CLI searches: documents built from the library (or given), then indexed. */
export function buildSearchData(lib: Library, docs: SearchDoc[] = buildDocuments(lib)): SearchIndexData {
  return buildSearchIndex(docs, compileVocabulary(lib.vocabulary));
}
