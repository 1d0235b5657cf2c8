/** `npm run eval:search [-- file.yaml]`: hit@1, hit@3 and MRR@10 of the site's search over a query set, beside fuse.js defaults. */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { buildDocuments } from '../core/search/documents.ts';
import { evaluate, judgedQueries, type EvalReport, type JudgedQuery } from '../core/search/evaluate.ts';
import { fuseDefaults } from '../core/search/baseline.ts';
import { buildSearchIndex } from '../core/search/fuse-index.ts';
import { createSearcher } from '../core/search/search.ts';
import { exitWithUsage, loadLibraryOrExit } from './common.ts';

const USAGE = `usage: npm run eval:search [-- <queries.yaml>]
  queries.yaml  a query set: queries: [{ q: "...", expect: [advice-point ids] }] (default: ../shared/search-queries-dev.yaml)`;

function usage(message: string): never {
  return exitWithUsage('eval:search', USAGE, message);
}

let file = '../shared/search-queries-dev.yaml';
try {
  const { positionals, values } = parseArgs({
    options: { help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (positionals.length > 1) usage('give at most one query file');
  file = positionals[0] ?? file;
} catch (error) {
  usage((error as Error).message);
}

let queries: JudgedQuery[];
try {
  queries = judgedQueries(parse(readFileSync(file, 'utf8')));
} catch (error) {
  console.error(`eval:search: ${file}: ${(error as Error).message}`);
  process.exit(1);
}

const docs = buildDocuments(loadLibraryOrExit('eval:search'));

const searcher = createSearcher(buildSearchIndex(docs));
const ours = evaluate(queries, (q) => searcher.search(q, { limit: 10 }).results);

const defaults = evaluate(queries, fuseDefaults(docs));

const pct = (x: number) => x.toFixed(3);
const row = (name: string, r: EvalReport) => `| ${name} | ${pct(r.hitAt1)} | ${pct(r.hitAt3)} | ${pct(r.mrrAt10)} |`;
console.log(
  `Search relevance on ${file} (${queries.length} queries, ${docs.filter((d) => d.kind === 'tactic').length} tactics)\n`,
);
console.log('| search | hit@1 | hit@3 | MRR@10 |\n| --- | ---: | ---: | ---: |');
console.log(row('playbook search', ours));
console.log(row('fuse.js defaults', defaults));
console.log(
  ours.misses.length
    ? `\nMisses (no expected point in the top 3):`
    : '\nNo misses: every query has a hit in the top 3.',
);
for (const m of ours.misses)
  console.log(
    `- "${m.q}": first hit at ${m.rank ?? 'none in top 10'}; top 3: ${m.top.join(', ') || '(nothing)'}; expected one of ${m.expect.join(', ')}`,
  );
