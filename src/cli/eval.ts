/** `playbook eval [file.yaml…]` (`npm run eval:search --`): hit@1, hit@3 and MRR@10 of the site's search beside its peers, on every query set. */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { fuseDefaults } from '../core/search/baselines/fuse-defaults.ts';
import { miniSearchDefaults } from '../core/search/baselines/minisearch-defaults.ts';
import { buildDocuments, buildSearchData } from '../core/search/documents.ts';
import {
  evaluate,
  judgedQueries,
  QUERY_SETS,
  type JudgedQuery,
  type Miss,
  type RankedTactic,
} from '../core/search/evaluate.ts';
import { relevanceTable, type RelevanceRow } from '../core/search/relevance-table.ts';
import { createSearcher } from '../core/search/search.ts';
import { Exit, exitCode, exitWithUsage, runAsScript } from './common.ts';
import { loadLibraryOrExit } from './library.ts';

const USAGE = `usage: npm run eval:search [-- <queries.yaml>…]
  queries.yaml  query sets: queries: [{ q: "...", expect: [advice-point ids] }]
                (default: ${QUERY_SETS.join(', ')})
Compares the site's search with MiniSearch and fuse.js on their defaults over the same documents and fields.
Pagefind needs a built site and Chromium: npm run bench measures it beside these.`;

/** The query files to evaluate, or undefined once --help has been printed; a usage error ends the command with exit 2. */
function queryFiles(args: string[]): string[] | undefined {
  try {
    const { positionals, values } = parseArgs({
      args,
      options: { help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) return void console.log(USAGE);
    if (positionals.length) return positionals;
    // The shared dev set sits beside the checkout, not in it: a plain clone evaluates the sets it has.
    const missing = QUERY_SETS.filter((file) => !existsSync(file));
    for (const file of missing) console.error(`eval:search: skipping ${file} (not found; it sits beside the checkout)`);
    return QUERY_SETS.filter((file) => !missing.includes(file));
  } catch (error) {
    return exitWithUsage('eval:search', USAGE, (error as Error).message);
  }
}

/** Every query set, read and checked; one that cannot be read or is malformed ends the command with exit 1. */
function querySets(files: string[]): { file: string; queries: JudgedQuery[] }[] {
  return files.map((file) => {
    try {
      return { file, queries: judgedQueries(parse(readFileSync(file, 'utf8'))) };
    } catch (error) {
      console.error(`eval:search: ${file}: ${(error as Error).message}`);
      throw new Exit(1);
    }
  });
}

/** Prints the relevance table of every engine on every set, then our misses per set. */
function report(sets: { file: string; queries: JudgedQuery[] }[]): void {
  const lib = loadLibraryOrExit('eval:search');
  const docs = buildDocuments(lib);
  const searcher = createSearcher(buildSearchData(lib, docs));
  const engines: { engine: string; rank: (q: string) => RankedTactic[] }[] = [
    { engine: 'playbook search', rank: (q) => searcher.search(q, { limit: 10 }).results },
    { engine: 'MiniSearch defaults', rank: miniSearchDefaults(docs) },
    { engine: 'fuse.js defaults', rank: fuseDefaults(docs) },
  ];
  const rows: RelevanceRow[] = [];
  const misses: { set: string; misses: Miss[] }[] = [];
  for (const { file, queries } of sets) {
    const set = basename(file).replace(/\.ya?ml$/, '');
    for (const [i, { engine, rank }] of engines.entries()) {
      const relevance = evaluate(queries, rank);
      rows.push({ set, engine, relevance });
      if (i === 0) misses.push({ set, misses: relevance.misses });
    }
  }
  console.log(
    `Search relevance (${docs.filter((d) => d.kind === 'tactic').length} tactics; a hit cites an expected point)\n`,
  );
  console.log(relevanceTable(rows).join('\n'));
  console.log('\nPagefind needs a built site and Chromium: `npm run bench` adds it to this table.');
  for (const { set, misses: list } of misses) {
    console.log(list.length ? `\nMisses on ${set} (no expected point in the top 3):` : `\nNo misses on ${set}.`);
    for (const m of list)
      console.log(
        `- "${m.q}": first hit at ${m.rank ?? 'none in top 10'}; top 3: ${m.top.join(', ') || '(nothing)'}; expected one of ${m.expect.join(', ')}`,
      );
  }
}

/** Runs `playbook eval` with these arguments; returns the exit code (0 done, 1 unreadable set or content, 2 usage error). */
export function main(argv: string[]): Promise<number> {
  return exitCode(() => {
    const files = queryFiles(argv);
    if (!files) return 0;
    report(querySets(files));
    return 0;
  });
}

runAsScript(import.meta.url, main);
