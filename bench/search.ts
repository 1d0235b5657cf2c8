/** Search benchmarks: index bytes, latency in Node and Chromium, relevance; beside fuse.js defaults, MiniSearch and Pagefind. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import MiniSearch from 'minisearch';
import { parse } from 'yaml';
import type { Browser } from 'playwright-core';
import { loadLibrary } from '../src/node/library/index.ts';
import { fuseDefaults } from '../src/core/search/baseline.ts';
import { buildDocuments } from '../src/core/search/documents.ts';
import { SEARCH_KEYS } from '../src/core/search/fuse-index.ts';
import {
  evaluate,
  judgedQueries,
  type EvalReport,
  type JudgedQuery,
  type RankedTactic,
} from '../src/core/search/evaluate.ts';
import { createSearcher } from '../src/core/search/search.ts';
import type { SearchIndexData } from '../src/core/search/types.ts';
import { launchChromium } from '../src/node/pdf/chromium.ts';
import { serveStatic } from '../src/node/serve.ts';
import { percentile } from './stats.ts';
import type { BuildResult } from './build.ts';

const QUERIES = judgedQueries(parse(readFileSync('../shared/search-queries-dev.yaml', 'utf8')));
/** A second, independent set (see its header), so relevance is not judged only on the set the search was tuned with. */
const SECOND_SET = judgedQueries(parse(readFileSync('bench/queries-second-set.yaml', 'utf8')));
const FIELDS = SEARCH_KEYS.map((k) => k.name);

/** Latency in ms: percentiles over the warm rounds, and the median of the first, cold pass (before the JIT has seen the code). */
export interface Latency {
  p50: number;
  p95: number;
  coldP50: number;
}

/** Our index at one library size. */
export interface IndexSize {
  factor: number;
  rawBytes: number;
  gzipBytes: number;
  node: Latency;
  chromium: Latency;
}

/** The relevance metrics reported. */
export type Relevance = Pick<EvalReport, 'hitAt1' | 'hitAt3' | 'mrrAt10'>;

/** One engine's relevance and what a visitor downloads for a query. */
export interface EngineResult {
  engine: string;
  /** On the dev queries. */
  relevance: Relevance;
  /** On bench/queries-second-set.yaml. */
  secondSet: Relevance;
  downloadBytes: number | null;
  latency: Latency | null;
}

/**
 * Runs every dev query once cold (reported on its own: it is what the first keystroke costs), then `rounds`
 * warm times, and returns per-query latency percentiles over the warm rounds.
 */
function latency(run: (q: string) => unknown, rounds: number): Latency {
  const pass = () =>
    QUERIES.map(({ q }) => {
      const start = performance.now();
      run(q);
      return performance.now() - start;
    });
  const cold = pass();
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) times.push(...pass());
  return { p50: percentile(times, 50), p95: percentile(times, 95), coldP50: percentile(cold, 50) };
}

/** Bundles the real search module for the browser, so Chromium runs exactly the code the site ships. */
function browserBundle(): string {
  return execFileSync(
    'node_modules/.bin/esbuild',
    ['src/core/search/search.ts', '--bundle', '--format=iife', '--global-name=PlaybookSearch', '--platform=browser'],
    { encoding: 'utf8' },
  );
}

/** Our search at each size: index bytes and latency in Node and in Chromium. */
export async function benchOurIndex(builds: BuildResult[], rounds: number): Promise<IndexSize[]> {
  const bundle = browserBundle();
  const browser = await launchChromium();
  try {
    const sizes: IndexSize[] = [];
    for (const b of builds) {
      const raw = readFileSync(join(b.dir, 'search-index.json'));
      const searcher = createSearcher(JSON.parse(raw.toString('utf8')) as SearchIndexData);
      sizes.push({
        factor: b.factor,
        rawBytes: raw.length,
        gzipBytes: gzipSync(raw).length,
        node: latency((q) => searcher.search(q), rounds),
        chromium: await chromiumLatency(browser, bundle, raw.toString('utf8'), rounds),
      });
    }
    return sizes;
  } finally {
    await browser.close();
  }
}

async function chromiumLatency(browser: Browser, bundle: string, index: string, rounds: number): Promise<Latency> {
  const page = await browser.newPage();
  try {
    await page.addScriptTag({ content: bundle });
    return await page.evaluate(
      ({ index, queries, rounds }) => {
        const searcher = (
          globalThis as never as {
            PlaybookSearch: { createSearcher: (d: unknown) => { search: (q: string) => unknown } };
          }
        ).PlaybookSearch.createSearcher(JSON.parse(index));
        const cold: number[] = [];
        const times: number[] = [];
        for (let r = 0; r <= rounds; r++)
          for (const q of queries) {
            const start = performance.now();
            searcher.search(q);
            (r === 0 ? cold : times).push(performance.now() - start);
          }
        // No named inner functions here: tsx would wrap them in a helper the page does not have.
        times.sort((a, b) => a - b);
        cold.sort((a, b) => a - b);
        return {
          p50: times[Math.ceil(0.5 * times.length) - 1]!,
          p95: times[Math.ceil(0.95 * times.length) - 1]!,
          coldP50: cold[Math.ceil(0.5 * cold.length) - 1]!,
        };
      },
      { index, queries: QUERIES.map((q) => q.q), rounds },
    );
  } finally {
    await page.close();
  }
}

/** Relevance on the dev set and the second set for ours, fuse.js defaults and MiniSearch defaults, over the same documents and fields. */
export function benchEngines(ourIndex: IndexSize | undefined): EngineResult[] {
  const lib = loadLibrary();
  const docs = buildDocuments(lib);
  const tactics = new Map(lib.tactics.map((t) => [t.id, t.data.sources]));
  const asTactics = (ids: string[]): RankedTactic[] =>
    ids.filter((id) => tactics.has(id)).map((id) => ({ id, sources: tactics.get(id)! }));
  const ours = createSearcher(JSON.parse(readFileSync('bench/work/lib-1x/dist/search-index.json', 'utf8')));
  const plainFuse = fuseDefaults(docs);
  const mini = new MiniSearch<{ id: string; [k: string]: unknown }>({ fields: [...FIELDS], storeFields: ['id'] });
  mini.addAll(
    docs.map((d) => ({
      ...d.fields,
      id: `${d.kind}:${d.id}`,
      situations: d.fields.situations.join(' '),
      phrases: d.fields.phrases.join(' '),
      audience: d.fields.audience.join(' '),
    })),
  );
  const miniIds = (q: string) =>
    mini
      .search(q)
      .map((r) => String(r.id))
      .filter((id) => id.startsWith('tactic:'))
      .map((id) => id.slice(7));
  const judged = (rank: (q: string) => RankedTactic[]) => ({
    relevance: relevance(QUERIES, rank),
    secondSet: relevance(SECOND_SET, rank),
  });
  return [
    {
      engine: 'Playbook search (ours)',
      ...judged((q) => ours.search(q, { limit: 10 }).results),
      downloadBytes: ourIndex?.gzipBytes ?? null,
      latency: ourIndex?.node ?? null,
    },
    {
      engine: 'fuse.js, default options',
      ...judged((q) => asTactics(plainFuse(q).map((d) => d.id))),
      downloadBytes: null,
      latency: latency(plainFuse, 3),
    },
    {
      engine: 'MiniSearch, default options',
      ...judged((q) => asTactics(miniIds(q))),
      downloadBytes: gzipSync(JSON.stringify(mini)).length,
      latency: latency((q) => mini.search(q), 3),
    },
  ];
}

function relevance(queries: JudgedQuery[], rank: (q: string) => RankedTactic[]): Relevance {
  const r = evaluate(queries, rank);
  return { hitAt1: r.hitAt1, hitAt3: r.hitAt3, mrrAt10: r.mrrAt10 };
}

/** Pagefind (installed on demand, never a dependency) indexing the built 1× site and queried in Chromium. */
export async function benchPagefind(siteDir: string): Promise<EngineResult | { engine: string; error: string }> {
  const tool = resolve('bench/work/pagefind-tool');
  if (!existsSync(join(tool, 'node_modules/.bin/pagefind'))) {
    mkdirSync(tool, { recursive: true });
    writeFileSync(join(tool, 'package.json'), '{"private":true}\n');
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', 'pagefind@1.6.0'], {
      cwd: tool,
      encoding: 'utf8',
    });
    if (install.status !== 0)
      return {
        engine: 'Pagefind',
        error: `could not install pagefind: ${install.stderr.split('\n').slice(-3).join(' ')}`,
      };
  }
  const index = spawnSync(
    join(tool, 'node_modules/.bin/pagefind'),
    ['--site', siteDir, '--glob', 'tactics/*/index.html'],
    { encoding: 'utf8' },
  );
  if (index.status !== 0) return { engine: 'Pagefind', error: index.stderr || index.stdout };
  const lib = loadLibrary();
  const tactics = new Map(lib.tactics.map((t) => [t.id, t.data.sources]));
  const server = await serveStatic(siteDir, '/');
  const browser = await launchChromium();
  try {
    const rankings = new Map<string, RankedTactic[]>();
    const times: number[] = [];
    let firstQueryBytes = 0;
    for (const [i, q] of [...new Set([...QUERIES, ...SECOND_SET].map((x) => x.q))].entries()) {
      const page = await browser.newPage();
      let bytes = 0;
      page.on('response', async (r) => {
        if (r.url().includes('/pagefind/')) bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
      });
      await page.goto(server.url);
      const { urls, ms } = await page.evaluate(async (query) => {
        const url = '/pagefind/pagefind.js';
        const pf = await import(url);
        await pf.init();
        const start = performance.now();
        const search = await pf.search(query);
        const data = await Promise.all(
          search.results.slice(0, 10).map((r: { data: () => Promise<{ url: string }> }) => r.data()),
        );
        return { urls: data.map((d: { url: string }) => d.url), ms: performance.now() - start };
      }, q);
      await page.waitForLoadState('networkidle');
      if (i === 0) firstQueryBytes = bytes;
      times.push(ms);
      rankings.set(
        q,
        urls
          .map((u) => /tactics\/([^/]+)\//.exec(u)?.[1] ?? '')
          .filter((id) => tactics.has(id))
          .map((id) => ({ id, sources: tactics.get(id)! })),
      );
      await page.close();
    }
    const rank = (q: string) => rankings.get(q) ?? [];
    return {
      engine: 'Pagefind 1.6 (in Chromium)',
      relevance: relevance(QUERIES, rank),
      secondSet: relevance(SECOND_SET, rank),
      downloadBytes: firstQueryBytes,
      latency: { p50: percentile(times, 50), p95: percentile(times, 95), coldP50: percentile(times, 50) },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
