/**
 * Source checks. The build needs only the content: every source is credited and no point id is declared twice. How the
 * library's own sources match the shared catalogue (same source ids, same point ids) is a test's concern, not a build
 * step, so a plain clone builds without the catalogue beside it.
 */
import type { Source } from '../schema/index.ts';
import { didYouMean, type Problem } from './problems.ts';
import type { CatalogueSource, Entry, LibraryEntries } from './types.ts';

/** Every source needs a credit (an author or a title; a company's internal source, a title) and its own point ids. */
export function checkSources(lib: LibraryEntries): Problem[] {
  const problems: Problem[] = [];
  const declared = new Map<string, string>();
  for (const s of lib.sources) {
    if (s.data.kind === 'internal' ? !s.data.title : !s.data.author && !s.data.title)
      problems.push({
        file: s.file,
        field: s.data.kind === 'internal' ? 'title' : 'author',
        problem:
          s.data.kind === 'internal'
            ? 'an internal source needs a title (e.g. "Q3 launch review")'
            : 'needs an author or a title',
      });
    s.data.points.forEach((p, i) => {
      const other = declared.get(p.id);
      if (other)
        problems.push({
          file: s.file,
          line: s.locate(['points', i, 'id']),
          field: `points.${i}.id`,
          problem: `duplicate point id '${p.id}': ${other === s.file ? 'declared twice in this file' : `${other} declares it too`}`,
        });
      else declared.set(p.id, s.file);
    });
  }
  return problems;
}

/** Every source file must be a catalogue source with exactly its point ids, and every catalogue source needs a file. */
export function catalogueProblems(
  lib: LibraryEntries,
  catalogue: CatalogueSource[],
  catalogueFile: string,
  contentDir: string,
): Problem[] {
  const problems: Problem[] = [];
  const expected = new Map(catalogue.map((s) => [s.id, s.points]));
  for (const s of lib.sources.filter((source) => source.data.kind !== 'internal')) {
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
    for (const field of ['author', 'role', 'organization', 'title'] as const) {
      if (credit[field] && credit[field] !== s.data[field])
        problems.push({
          file: s.file,
          line: s.locate([field]),
          field,
          problem: `is '${s.data[field] ?? ''}' but ${catalogueFile} credits '${credit[field]}'`,
        });
    }
    problems.push(...checkPointIds(s, want, catalogueFile));
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

/** A source file's point ids must be the catalogue's `want`: none unknown, none twice, none missing. */
function checkPointIds(s: Entry<Source>, want: string[], catalogueFile: string): Problem[] {
  const problems: Problem[] = [];
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
  return problems;
}
