/** Checks that ids across collections and the shared catalogue agree; returns every problem found. */
import { SITUATION_IDS } from '../taxonomy.ts';
import { parseBody } from '../markdown/parse.ts';
import { missingSections, splitSections } from '../markdown/sections.ts';
import { didYouMean, type Problem } from './problems.ts';
import type { CatalogueSource } from './types.ts';
import type { LibraryEntries } from './types.ts';

/** Every cross-collection rule of DESIGN.md §3, reported with file, field and bad value; `tactics` holds every tactic file's id. */
export function crossCheck(
  lib: LibraryEntries,
  tactics: Set<string>,
  catalogue: CatalogueSource[],
  catalogueFile: string,
  contentDir = 'content',
): Problem[] {
  const problems: Problem[] = [];
  const pointIds = catalogue.flatMap((s) => s.points);
  const points = new Set(pointIds);
  const tacticIds = [...tactics];
  const situations = new Set(lib.situations.map((s) => s.id));
  const unknown = (value: string, allowed: string[], what: string) =>
    `unknown ${what} '${value}'${didYouMean(value, allowed)}`;

  for (const s of lib.situations) {
    if (!(SITUATION_IDS as readonly string[]).includes(s.id))
      problems.push({
        file: s.file,
        field: '(file name)',
        problem: unknown(s.id, [...SITUATION_IDS], 'situation id'),
        allowed: SITUATION_IDS,
      });
  }
  for (const id of SITUATION_IDS) {
    if (!situations.has(id))
      problems.push({
        file: `${contentDir}/situations/${id}.yaml`,
        field: '(file)',
        problem: `missing: situation '${id}' has no file`,
      });
  }
  for (const t of lib.tactics) {
    t.data.sources.forEach((p, i) => {
      if (!points.has(p))
        problems.push({
          file: t.file,
          line: t.locate(['sources', i]),
          field: 'sources',
          problem: unknown(p, pointIds, 'advice point'),
        });
    });
    t.data.related.forEach((r, i) => {
      if (!tactics.has(r) || r === t.id)
        problems.push({
          file: t.file,
          line: t.locate(['related', i]),
          field: 'related',
          problem: r === t.id ? 'a tactic cannot relate to itself' : unknown(r, tacticIds, 'tactic'),
        });
    });
    const missing = missingSections(splitSections(parseBody(t.body)));
    if (missing.length)
      problems.push({
        file: t.file,
        line: t.bodyLine,
        field: 'body',
        problem: `missing section: ${missing.join(', ')}`,
      });
  }
  for (const p of lib.playbooks) {
    p.data.steps.forEach((step, i) => {
      if (!tactics.has(step.tactic))
        problems.push({
          file: p.file,
          line: p.locate(['steps', i, 'tactic']),
          field: `steps.${i}.tactic`,
          problem: unknown(step.tactic, tacticIds, 'tactic'),
        });
    });
  }
  problems.push(...checkSources(lib, catalogue, catalogueFile, contentDir));
  return problems;
}

function checkSources(
  lib: LibraryEntries,
  catalogue: CatalogueSource[],
  catalogueFile: string,
  contentDir: string,
): Problem[] {
  const problems: Problem[] = [];
  const expected = new Map(catalogue.map((s) => [s.id, s.points]));
  for (const s of lib.sources) {
    const want = expected.get(s.id);
    if (!want) {
      problems.push({
        file: s.file,
        field: '(file name)',
        problem: `unknown source '${s.id}' (not in ${catalogueFile})${didYouMean(s.id, [...expected.keys()])}`,
        allowed: [...expected.keys()],
      });
      continue;
    }
    const credit = catalogue.find((c) => c.id === s.id)!.credit;
    if (!s.data.author && !s.data.title && !credit.author && !credit.title)
      problems.push({
        file: s.file,
        field: 'author',
        problem: `needs an author or a title (neither here nor in ${catalogueFile})`,
      });
    const got = s.data.points.map((p) => p.id);
    got.forEach((id, i) => {
      if (!want.includes(id))
        problems.push({
          file: s.file,
          line: s.locate(['points', i, 'id']),
          field: `points.${i}.id`,
          problem: `'${id}' is not a point of source '${s.id}' in ${catalogueFile}`,
          allowed: want,
        });
      else if (got.indexOf(id) !== i)
        problems.push({
          file: s.file,
          line: s.locate(['points', i, 'id']),
          field: `points.${i}.id`,
          problem: `duplicate point id '${id}'`,
        });
    });
    const absent = want.filter((id) => !got.includes(id));
    if (absent.length)
      problems.push({
        file: s.file,
        line: s.locate(['points']),
        field: 'points',
        problem: `missing point ids: ${absent.join(', ')} (as listed in ${catalogueFile})`,
      });
  }
  const have = new Set(lib.sources.map((s) => s.id));
  for (const id of expected.keys()) {
    if (!have.has(id))
      problems.push({
        file: `${contentDir}/sources/${id}.yaml`,
        field: '(file)',
        problem: `missing: source '${id}' of ${catalogueFile} has no file`,
      });
  }
  return problems;
}
