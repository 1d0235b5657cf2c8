/** One Markdown table of relevance: every engine on every query set, so peers are compared on the same queries. */
import type { EvalReport } from './evaluate.ts';

/** The metrics a table shows. */
export type Relevance = Pick<EvalReport, 'queries' | 'hitAt1' | 'hitAt3' | 'mrrAt10'>;

/** One engine's metrics on one query set. */
export interface RelevanceRow {
  set: string;
  engine: string;
  relevance: Relevance;
}

const f3 = (x: number) => x.toFixed(3);

/** The rows as a Markdown table, in the order given (group them by query set). */
export function relevanceTable(rows: readonly RelevanceRow[]): string[] {
  return [
    '| query set | search | hit@1 | hit@3 | MRR@10 |',
    '| --- | --- | ---: | ---: | ---: |',
    ...rows.map(
      ({ set, engine, relevance: r }) =>
        `| ${set} (${r.queries}) | ${engine} | ${f3(r.hitAt1)} | ${f3(r.hitAt3)} | ${f3(r.mrrAt10)} |`,
    ),
  ];
}
