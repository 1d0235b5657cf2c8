/** Search benchmarks: index bytes, latency in Node and Chromium, relevance; beside fuse.js defaults, MiniSearch and Pagefind. */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'yaml';
import type { Browser } from 'playwright-core';
import { loadLibraryOnce } from '../src/node/library/index.ts';
import { fuseDefaults } from '../src/core/search/baselines/fuse-defaults.ts';
import { miniSearchDefaults, miniSearchIndexJson } from '../src/core/search/baselines/minisearch-defaults.ts';
import { buildDocuments } from '../src/core/search/documents.ts';
import {
  evaluate,
  judgedQueries,
  QUERY_SETS,
  type JudgedQuery,
  type RankedTactic,
} from '../src/core/search/evaluate.ts';
import type { Relevance } from '../src/core/search/relevance-table.ts';
import { createSearcher } from '../src/core/search/search.ts';
import type { SearchIndexData } from '../src/core/search/types.ts';
import { launchChromium } from '../src/node/pdf/chromium.ts';
import { serveStatic } from '../src/node/serve.ts';
import { percentile } from './stats.ts';
import type { BuildResult } from './build.ts';

/** Every query set, by name: the dev set, then two written blind (see their headers), so relevance is not judged only on the set the search was tuned with. */
const SETS = QUERY_SETS.map((file) => ({
  name: basename(file).replace(/\.ya?ml$/, ''),
  queries: judgedQueries(parse(readFileSync(file, 'utf8'))),
}));
/** Latency is timed on the dev queries. */
const QUERIES = SETS[0]!.queries;

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

/** One engine's relevance on every query set and what a visitor downloads for a query. */
export interface EngineResult {
  engine: string;
  /** Query set name → metrics. */
  sets: Record<string, Relevance>;
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

/**
 * Relevance on every query set for ours (the index the 1× site in `siteDir` serves), fuse.js defaults and MiniSearch
 * defaults, over the same documents and fields.
 */
export function benchEngines(ourIndex: IndexSize | undefined, siteDir: string): EngineResult[] {
  const docs = buildDocuments(loadLibraryOnce());
  const ours = createSearcher(JSON.parse(readFileSync(join(siteDir, 'search-index.json'), 'utf8')));
  const plainFuse = fuseDefaults(docs);
  const mini = miniSearchDefaults(docs);
  return [
    {
      engine: 'Playbook search (ours)',
      sets: judged((q) => ours.search(q, { limit: 10 }).results),
      downloadBytes: ourIndex?.gzipBytes ?? null,
      latency: ourIndex?.node ?? null,
    },
    {
      engine: 'MiniSearch, default options',
      sets: judged(mini),
      downloadBytes: gzipSync(miniSearchIndexJson(docs)).length,
      latency: latency(mini, 3),
    },
    {
      engine: 'fuse.js, default options',
      sets: judged(plainFuse),
      downloadBytes: null,
      latency: latency(plainFuse, 3),
    },
  ];
}

/** An engine's metrics on every query set. */
function judged(rank: (q: string) => RankedTactic[]): Record<string, Relevance> {
  return Object.fromEntries(SETS.map((s) => [s.name, relevance(s.queries, rank)]));
}

function relevance(queries: JudgedQuery[], rank: (q: string) => RankedTactic[]): Relevance {
  const { queries: n, hitAt1, hitAt3, mrrAt10 } = evaluate(queries, rank);
  return { queries: n, hitAt1, hitAt3, mrrAt10 };
}

/** The side-by-side table: one row per engine, each query set's hit@1 / hit@3 / MRR@10, then bytes and latency. */
export function engineTable(engines: (EngineResult | { engine: string; error: string })[]): string[] {
  const f = (x: number) => x.toFixed(3);
  const sets = SETS.map((s) => `${s.name} (${s.queries.length})`);
  return [
    `| engine | ${sets.join(' | ')} | bytes a visitor downloads for one query (gzipped index; Pagefind: measured) | p50 / p95 ms (warm) | first pass p50 ms |`,
    `| --- |${' ---: |'.repeat(SETS.length + 3)}`,
    ...engines.map((e) =>
      'error' in e
        ? `| ${e.engine} |${' – |'.repeat(SETS.length)} ${e.error.replace(/\|/g, '/').slice(0, 120)} | – | – |`
        : `| ${e.engine} | ${SETS.map(({ name }) => [e.sets[name]!.hitAt1, e.sets[name]!.hitAt3, e.sets[name]!.mrrAt10].map(f).join(' / ')).join(' | ')} | ${e.downloadBytes ?? 'n/a (not shipped)'} | ${e.latency ? `${f(e.latency.p50)} / ${f(e.latency.p95)} | ${f(e.latency.coldP50)}` : '– | –'} |`,
    ),
  ];
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
  const tactics = new Map(loadLibraryOnce().tactics.map((t) => [t.id, t.data.sources]));
  const server = await serveStatic(siteDir, '/');
  const browser = await launchChromium();
  try {
    const rankings = new Map<string, RankedTactic[]>();
    const times: number[] = [];
    let firstQueryBytes = 0;
    for (const [i, q] of [...new Set(SETS.flatMap((s) => s.queries.map((x) => x.q)))].entries()) {
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
      sets: judged(rank),
      downloadBytes: firstQueryBytes,
      latency: { p50: percentile(times, 50), p95: percentile(times, 95), coldP50: percentile(times, 50) },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
