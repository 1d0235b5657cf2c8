/** `playbook search [--json] [--limit N] "<query>"` (`npm run search --`): the site's search from the terminal, same index and ranking. */
import { parseArgs } from 'node:util';
import { createSearcher, DEFAULT_LIMIT, type Searcher } from '../core/search/search.ts';
import type { SearchHit, SearchResults } from '../core/search/types.ts';
import { understoodText } from '../core/search/understood.ts';
import { ConfigError } from '../node/config.ts';
import { snapshotSearch } from '../node/snapshot.ts';
import { siteLink } from '../node/stamp.ts';
import { exitCode, exitWithUsage, runAsScript } from './common.ts';

const USAGE = `usage: npm run search -- [--json] [--limit N] "<query>"
  --json     print {"query","results":[{"id","title","url","score","sources"}],"playbooks":[…],"situations":[…],
             "understood":[{"kind","from","to"}]}
  --limit N  how many tactics to list, 1–100 (default ${DEFAULT_LIMIT})
Describe a situation in your own words; tactics come best first. score is relevance in 0–1, higher is better.`;

function usage(message: string): never {
  return exitWithUsage('search', USAGE, message);
}

/** The flags, or undefined once --help has been printed; a usage error ends the command with exit 2. */
function parseFlags(args: string[]): { json: boolean; limit: number; query: string } | undefined {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        json: { type: 'boolean', default: false },
        limit: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return void console.log(USAGE);
  const query = positionals.join(' ').trim();
  if (!query) usage('give a query, e.g. npm run search -- "sales keeps promising features"');
  const limit = values.limit === undefined ? DEFAULT_LIMIT : Number(values.limit);
  if (!/^\d+$/.test(values.limit ?? '1') || limit < 1 || limit > 100)
    usage(`--limit: '${values.limit}' is not a whole number from 1 to 100`);
  return { json: values.json, limit, query };
}

/** The index the last build left when it still matches; else the content, loaded and validated (a slower start). */
async function searcher(): Promise<Searcher> {
  try {
    const snapshot = snapshotSearch();
    if ('search' in snapshot) return createSearcher(snapshot.search);
    if (snapshot.note) console.error(snapshot.note);
  } catch (error) {
    if (error instanceof ConfigError) exitWithUsage('search', '', error.message);
    throw error;
  }
  // Only this path needs the loader, the schemas and the Markdown parser: loaded on demand, they cost no start-up.
  const [{ loadLibraryOrExit }, { buildSearchData }] = await Promise.all([
    import('./library.ts'),
    import('../core/search/documents.ts'),
  ]);
  return createSearcher(buildSearchData(loadLibraryOrExit('search')));
}

/** `--json`: DESIGN §5's four keys, then what the query was understood as. */
function jsonText(results: SearchResults, link: (path: string) => string): string {
  const brief = (h: SearchHit) => ({ id: h.id, title: h.title, url: link(h.url), score: h.score });
  return JSON.stringify(
    {
      query: results.query,
      results: results.results.map((h) => ({ ...brief(h), sources: h.sources })),
      playbooks: results.playbooks.map(brief),
      situations: results.situations.map(brief),
      understood: results.understood,
    },
    null,
    2,
  );
}

/** The readable list: tactics with scores and sources, then playbooks, situations and how the query was read. */
function listText(results: SearchResults, link: (path: string) => string): string {
  const lines = [
    results.results.length
      ? `Tactics for "${results.query}" (${results.results.length} of ${results.total}):`
      : `No tactics match "${results.query}".`,
  ];
  results.results.forEach((h, i) =>
    lines.push(
      `${String(i + 1).padStart(3)}. ${h.title}  [${h.score.toFixed(2)}]`,
      `     ${link(h.url)}  · sources: ${h.sources.join(', ')}`,
    ),
  );
  if (results.playbooks.length)
    lines.push('', 'Playbooks:', ...results.playbooks.map((h) => `   - ${h.title}  ${link(h.url)}`));
  if (results.situations.length)
    lines.push('', 'Situations this sounds like:', ...results.situations.map((h) => `   - ${h.title}  ${link(h.url)}`));
  const read = understoodText(results.understood.filter((u) => u.kind !== 'spelling'));
  if (read) lines.push('', `Understood as: ${read}`);
  const fixed = results.understood.filter((u) => u.kind === 'spelling');
  if (fixed.length)
    lines.push('', `Searched for ${fixed.map((u) => `"${u.to[0]}" (you typed "${u.from}")`).join(', ')}.`);
  return lines.join('\n');
}

/** Runs `playbook search` with these arguments; returns the exit code (0 done, 1 invalid content, 2 usage error). */
export function main(argv: string[]): Promise<number> {
  return exitCode(async () => {
    const flags = parseFlags(argv);
    if (!flags) return 0;
    const results = (await searcher()).search(flags.query, { limit: flags.limit });
    const link = siteLink();
    console.log(flags.json ? jsonText(results, link) : listText(results, link));
    return 0;
  });
}

runAsScript(import.meta.url, main);
