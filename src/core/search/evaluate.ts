/** Relevance metrics for a query set: hit@1, hit@3 and MRR@10, where a hit is a tactic citing an expected advice point. */

/** One judged query: what a person types and the advice points a good answer cites. */
export interface JudgedQuery {
  q: string;
  expect: string[];
}

/** A ranked tactic as the metrics see it. */
export interface RankedTactic {
  id: string;
  sources: readonly string[];
}

/** A query whose first hit is not in the top 3, with what came back instead. */
export interface Miss {
  q: string;
  expect: string[];
  /** 1-based rank of the first hit within the top 10, or null. */
  rank: number | null;
  top: string[];
}

/** The metrics over a query set (each in [0, 1]) and the misses. */
export interface EvalReport {
  queries: number;
  hitAt1: number;
  hitAt3: number;
  mrrAt10: number;
  misses: Miss[];
}

/** Runs every query through `rank` (tactics best first) and scores the rankings. */
export function evaluate(queries: JudgedQuery[], rank: (q: string) => RankedTactic[]): EvalReport {
  let hit1 = 0;
  let hit3 = 0;
  let rr = 0;
  const misses: Miss[] = [];
  for (const query of queries) {
    const top = rank(query.q).slice(0, 10);
    const at = top.findIndex((t) => t.sources.some((p) => query.expect.includes(p)));
    const rank1 = at < 0 ? null : at + 1;
    if (rank1 === 1) hit1++;
    if (rank1 !== null && rank1 <= 3) hit3++;
    else misses.push({ q: query.q, expect: query.expect, rank: rank1, top: top.slice(0, 3).map((t) => t.id) });
    if (rank1 !== null) rr += 1 / rank1;
  }
  const n = queries.length || 1;
  return { queries: queries.length, hitAt1: hit1 / n, hitAt3: hit3 / n, mrrAt10: rr / n, misses };
}

/** Reads the `queries:` list of a query-set file (already parsed from YAML); throws on a malformed entry. */
export function judgedQueries(data: unknown): JudgedQuery[] {
  const list = (data as { queries?: unknown } | null)?.queries;
  if (!Array.isArray(list)) throw new Error('expected a top-level `queries:` list');
  return list.map((item, i) => {
    const { q, expect } = (item ?? {}) as { q?: unknown; expect?: unknown };
    if (typeof q !== 'string' || !Array.isArray(expect) || !expect.every((e) => typeof e === 'string'))
      throw new Error(`queries[${i}]: needs q (text) and expect (a list of advice-point ids)`);
    return { q, expect };
  });
}

/** The query sets every relevance report runs (paths from the project root): the dev set, then two written blind. */
export const QUERY_SETS: readonly string[] = [
  '../shared/search-queries-dev.yaml',
  'bench/queries-second-set.yaml',
  'bench/queries-stories.yaml',
];
