/** Checks the source files against the shared catalogue: same source ids, same point ids, a credit for each. */
import type { Source } from '../schema/index.ts';
import { didYouMean, type Problem } from './problems.ts';
import type { CatalogueSource, Entry, LibraryEntries } from './types.ts';

/** Every source file must be a catalogue source with exactly its point ids, and every catalogue source needs a file. */
export function checkSources(
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
