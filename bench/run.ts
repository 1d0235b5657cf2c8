/**
 * `npm run bench [-- --quick] [-- --before <git ref>]`: build, search, tailoring and PDF benchmarks; prints Markdown tables
 * and writes bench/results.json. With `--before`, an earlier commit's whole-process figures are measured in the same run
 * and shown beside today's.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { benchBeforeAfter, type BeforeAfter } from './before.ts';
import { benchBuild } from './build.ts';
import { benchBatch, benchTailor } from './tailor.ts';
import { benchProcesses, compiledCli } from './process.ts';
import { benchPdf } from './pdf.ts';
import { fmt, range } from './stats.ts';
import { benchEngines, benchOurIndex, benchPagefind, engineTable } from './search.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/results.json' },
    before: { type: 'string' },
  },
});
const quick = values.quick;
const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

log('site builds…');
const builds = await benchBuild(quick ? [1] : [1, 10, 50], (f) => (quick ? 1 : f === 1 ? 3 : 1));
log('search…');
const indexes = await benchOurIndex(builds, quick ? 2 : 20);
const engines = benchEngines(indexes[0], builds[0]!.dir);
const pagefind = quick ? { engine: 'Pagefind', error: 'skipped in --quick mode' } : await benchPagefind(builds[0]!.dir);
log('tailoring…');
const tailoring = await benchTailor(quick ? 50 : 1000);
log('the compiled CLI: cold starts, then batches through playbook tailor…');
const cli = await compiledCli();
const commands = (() => {
  try {
    const processes = benchProcesses(cli, quick ? 2 : 15);
    const batches = (quick ? [50] : [1000, 10_000]).map((n) => benchBatch(cli, n));
    if (values.before) log(`the same commands at ${values.before}, side by side with this tree…`);
    const beforeAfter = values.before
      ? benchBeforeAfter(values.before, cli, quick ? 2 : 10, quick ? 3 : 50, quick ? 1 : 3)
      : undefined;
    return { processes, batches, beforeAfter };
  } finally {
    cli.dispose();
  }
})();
log('PDFs…');
const pdf = await benchPdf(quick ? 3 : 50, quick ? 1 : 3);

const base = builds[0]!;
const lines = [
  `## Benchmarks (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'})`,
  '',
  '### Site build (Astro, without the PDF downloads)',
  '',
  '| size | tactics | pages | build s, median (min–max) | CPU s (user + sys), median (min–max) | s per 100 pages | HTML MB | CSS KB | JS bytes on tactic pages |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...builds.map(
    (b) =>
      `| ${b.factor}× | ${b.tactics} | ${b.pages} | ${range(b.seconds)} | ${range(b.cpuSeconds)} | ${fmt((b.seconds.median / b.pages) * 100, 2)} | ${fmt(b.bytes.html / 1e6, 2)} | ${fmt(b.bytes.css / 1024)} | ${b.tacticPageJsBytes} |`,
  ),
  '',
  ...(builds.length > 1
    ? [
        `Growth: ${builds.map((b) => `${b.factor}× = ${fmt(b.seconds.median / base.seconds.median, 2)}× the time for ${fmt(b.pages / base.pages, 1)}× the pages`).join('; ')}.`,
        '',
      ]
    : []),
  '### Search: our index at each size',
  '',
  '| size | index bytes | gzipped | Node p50 / p95 ms (warm) | Node first pass p50 ms | Chromium p50 / p95 ms (warm) | Chromium first pass p50 ms |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...indexes.map(
    (i) =>
      `| ${i.factor}× | ${i.rawBytes} | ${i.gzipBytes} | ${fmt(i.node.p50, 3)} / ${fmt(i.node.p95, 3)} | ${fmt(i.node.coldP50, 3)} | ${fmt(i.chromium.p50, 3)} / ${fmt(i.chromium.p95, 3)} | ${fmt(i.chromium.coldP50, 3)} |`,
  ),
  '',
  '### Search: side by side (1× library; hit@1 / hit@3 / MRR@10 on each query set)',
  '',
  ...engineTable([...engines, pagefind]),
  '',
  '### Tailoring (tailor + Markdown + HTML + JSON per profile, in process)',
  '',
  '| profiles | ms per profile, median (min–max) | p95 ms | profiles/s |',
  '| ---: | ---: | ---: | ---: |',
  `| ${tailoring.count} | ${range(tailoring.perProfileMs, 2)} | ${fmt(tailoring.perProfileMs.p95, 2)} | ${fmt(tailoring.profilesPerSecond, 0)} |`,
  '',
  '### Batches through `playbook tailor` (md, html, json; each size in its own process, streamed to disk)',
  '',
  '| profiles | wall s | ms per profile | peak RSS MB |',
  '| ---: | ---: | ---: | ---: |',
  ...commands.batches.map(
    (b) => `| ${b.profiles} | ${fmt(b.seconds, 1)} | ${fmt(b.msPerProfile, 2)} | ${fmt(b.peakRssMb, 0)} |`,
  ),
  '',
  `### Cold start of the compiled CLI (wall ms, median (min–max) of ${commands.processes.rounds} interleaved rounds)`,
  '',
  '| `node -e 0` | `playbook search --json "quick wins"` | × node | `playbook tailor`, one profile (md, html, json) | × node |',
  '| ---: | ---: | ---: | ---: | ---: |',
  `| ${range(commands.processes.nodeMs, 0)} | ${range(commands.processes.searchMs, 0)} | ${fmt(commands.processes.searchRatio, 2)} | ${range(commands.processes.tailorMs, 0)} | ${fmt(commands.processes.tailorRatio, 2)} |`,
  '',
  '### PDF (numbered contents from a layout pass, one print each; one browser, a tab per core)',
  '',
  '| one PDF incl. browser start, s, median (min–max) | batch | s per PDF in batch | size KB, median (min–max) |',
  '| ---: | ---: | ---: | ---: |',
  `| ${range(pdf.singleSeconds, 2)} | ${pdf.batchSize} | ${fmt(pdf.perPdfSeconds, 2)} | ${range(pdf.sizesKb, 0)} |`,
  ...(commands.beforeAfter ? ['', ...beforeAfterTable(commands.beforeAfter)] : []),
];
console.log(lines.join('\n'));
writeFileSync(
  values.out!,
  `${JSON.stringify({ date: new Date().toISOString(), quick, machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform }, builds: builds.map(({ dir: _d, content: _c, ...b }) => b), search: { indexes, engines: [...engines, pagefind] }, tailoring, ...commands, pdf }, null, 2)}\n`,
);
log(`wrote ${values.out}`);

/** Both sides of `--before`, one row per figure, with today's as a ratio of the earlier one. */
function beforeAfterTable(r: BeforeAfter): string[] {
  const { before: b, after: a, nodeMs } = r;
  const row = (what: string, x: number, y: number, digits: number, note = (v: number) => fmt(v, digits)) =>
    `| ${what} | ${note(x)} | ${note(y)} | ${fmt(y / x, 2)} |`;
  const xNode = (v: number) => `${fmt(v, 0)} (${fmt(v / nodeMs.median, 1)}× node)`;
  return [
    `### Before and after (\`${r.ref}\` = ${r.commit.slice(0, 7)} against this tree, measured in this run; medians)`,
    '',
    `\`node -e 0\`: ${fmt(nodeMs.median, 0)} ms over ${r.rounds} interleaved rounds.`,
    '',
    '| figure | before | after | after ÷ before |',
    '| --- | ---: | ---: | ---: |',
    row('`search --json "quick wins"`, cold, wall ms', b.searchMs.median, a.searchMs.median, 0, xNode),
    row('`tailor`, one profile (md, html, json), cold, wall ms', b.tailorMs.median, a.tailorMs.median, 0, xNode),
    row('`tailor`, 1,000 profiles: ms per profile (whole process)', b.batch.msPerProfile, a.batch.msPerProfile, 2),
    row('`tailor`, 1,000 profiles: peak RSS MB', b.batch.peakRssMb, a.batch.peakRssMb, 0),
    row(
      '`tailor --format pdf`, one profile, whole process, s',
      b.pdfSingleSeconds.median,
      a.pdfSingleSeconds.median,
      2,
    ),
    row('`tailor --format pdf`, a folder of profiles: s per PDF', b.pdfPerPdfSeconds, a.pdfPerPdfSeconds, 2),
    row(
      `\`astro build\` of its own content, CPU s (pages: ${b.pages} before, ${a.pages} after)`,
      b.astroCpuSeconds.median,
      a.astroCpuSeconds.median,
      1,
    ),
  ];
}
