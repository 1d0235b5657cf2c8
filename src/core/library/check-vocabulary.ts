/** Checks the search vocabulary files: situation ids must exist, and a term or spelling may mean only one thing per file. */
import type { VocabularyFile } from '../schema/index.ts';
import { SITUATION_IDS } from '../taxonomy.ts';
import { termKey } from './merge-vocabulary.ts';
import { didYouMean, type Problem } from './problems.ts';
import type { Entry } from './types.ts';

/** Every vocabulary problem: unknown situation ids (with a suggestion) and spellings listed twice in one file. */
export function checkVocabulary(files: readonly Entry<VocabularyFile>[]): Problem[] {
  return files.flatMap((file) => [...unknownSituations(file), ...repeatedTerms(file)]);
}

function unknownSituations(file: Entry<VocabularyFile>): Problem[] {
  const problems: Problem[] = [];
  file.data.terms.forEach((entry, i) =>
    entry.situations.forEach((id, j) => {
      if (!(SITUATION_IDS as readonly string[]).includes(id))
        problems.push({
          file: file.file,
          line: file.locate(['terms', i, 'situations', j]),
          field: `terms.${i}.situations.${j}`,
          problem: `unknown situation '${id}'${didYouMean(id, SITUATION_IDS)}`,
          allowed: SITUATION_IDS,
        });
    }),
  );
  return problems;
}

/** A spelling (a term or one of its `also`) listed by two entries of one file would be ambiguous. */
function repeatedTerms(file: Entry<VocabularyFile>): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, { spelling: string; entry: number }>();
  file.data.terms.forEach((entry, i) => {
    [entry.term, ...entry.also].forEach((spelling, j) => {
      const key = termKey(spelling);
      const earlier = seen.get(key);
      if (earlier === undefined) seen.set(key, { spelling, entry: i });
      else
        problems.push({
          file: file.file,
          line: file.locate(j === 0 ? ['terms', i, 'term'] : ['terms', i, 'also', j - 1]),
          field: j === 0 ? `terms.${i}.term` : `terms.${i}.also.${j - 1}`,
          problem: `'${spelling}' is the same as '${earlier.spelling}' (line ${file.locate(['terms', earlier.entry]) ?? '?'}): give each spelling one entry`,
        });
    });
  });
  return problems;
}
