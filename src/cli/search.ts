/** `npm run search -- [--json] [--limit N] "<query>"`: the site's search from the terminal, same index and ranking. */
import { parseArgs } from 'node:util';
import { buildSearchData } from '../core/search/documents.ts';
import { createSearcher, DEFAULT_LIMIT } from '../core/search/search.ts';
import type { SearchHit, SearchResults } from '../core/search/types.ts';
import { siteLink } from '../node/stamp.ts';
import { exitWithUsage, loadLibraryOrExit } from './common.ts';

const USAGE = `usage: npm run search -- [--json] [--limit N] "<query>"
  --json     print {"query","results":[{"id","title","url","score","sources"}],"playbooks":[…],"situations":[…]}
  --limit N  how many tactics to list, 1–100 (default ${DEFAULT_LIMIT})
Describe a situation in your own words; tactics come best first. score is relevance in 0–1, higher is better.`;

function usage(message: string): never {
  return exitWithUsage('search', USAGE, message);
}

let flags: { json: boolean; limit: number; query: string };
try {
  const { values, positionals } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      limit: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const query = positionals.join(' ').trim();
  if (!query) usage('give a query, e.g. npm run search -- "sales keeps promising features"');
  const limit = values.limit === undefined ? DEFAULT_LIMIT : Number(values.limit);
  if (!/^\d+$/.test(values.limit ?? '1') || limit < 1 || limit > 100)
    usage(`--limit: '${values.limit}' is not a whole number from 1 to 100`);
  flags = { json: values.json, limit, query };
} catch (error) {
  usage((error as Error).message);
}

const results: SearchResults = createSearcher(buildSearchData(loadLibraryOrExit('search'))).search(flags.query, {
  limit: flags.limit,
});

const link = siteLink();
const brief = (h: SearchHit) => ({ id: h.id, title: h.title, url: link(h.url), score: h.score });

if (flags.json) {
  console.log(
    JSON.stringify(
      {
        query: results.query,
        results: results.results.map((h) => ({ ...brief(h), sources: h.sources })),
        playbooks: results.playbooks.map(brief),
        situations: results.situations.map(brief),
      },
      null,
      2,
    ),
  );
} else {
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
  const fixed = results.terms.filter((t) => t.corrected);
  // A pattern with a trailing space is a whole word; otherwise it is a word start ("disagre…").
  const shown = (pattern: string) => (pattern.endsWith(' ') ? pattern.trim() : `${pattern.trim()}…`);
  if (fixed.length)
    lines.push(
      '',
      `Searched for ${fixed.map((t) => `"${shown(t.patterns[0]!)}" (you typed "${t.word}")`).join(', ')}.`,
    );
  console.log(lines.join('\n'));
}
