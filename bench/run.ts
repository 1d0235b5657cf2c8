/** `npm run bench [-- --quick]`: build, tailoring and PDF benchmarks; prints a Markdown table and writes bench/results.json. */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { benchBuild } from './build.ts';
import { benchTailor } from './tailor.ts';
import { benchPdf } from './pdf.ts';
import { fmt, range } from './stats.ts';
import { benchEngines, benchOurIndex, benchPagefind, engineTable } from './search.ts';

const { values } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, out: { type: 'string', default: 'bench/results.json' } },
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
log('PDFs…');
const pdf = await benchPdf(quick ? 3 : 50);

const base = builds[0]!;
const lines = [
  `## Benchmarks (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'})`,
  '',
  '### Site build (Astro, without the PDF downloads)',
  '',
  '| size | tactics | pages | build s, median (min–max) | s per 100 pages | HTML MB | CSS KB | JS bytes on tactic pages |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...builds.map(
    (b) =>
      `| ${b.factor}× | ${b.tactics} | ${b.pages} | ${range(b.seconds)} | ${fmt((b.seconds.median / b.pages) * 100, 2)} | ${fmt(b.bytes.html / 1e6, 2)} | ${fmt(b.bytes.css / 1024)} | ${b.tacticPageJsBytes} |`,
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
  '### Tailoring (tailor + Markdown + HTML + JSON per profile)',
  '',
  '| profiles | ms per profile, median (min–max) | p95 ms | profiles/s | peak RSS MB |',
  '| ---: | ---: | ---: | ---: | ---: |',
  `| ${tailoring.count} | ${range(tailoring.perProfileMs, 2)} | ${fmt(tailoring.perProfileMs.p95, 2)} | ${fmt(tailoring.profilesPerSecond, 0)} | ${fmt(tailoring.peakRssMb, 0)} |`,
  '',
  '### PDF (two-pass printing with numbered contents)',
  '',
  '| one PDF incl. browser start, s | batch | s per PDF in batch | size KB, median (min–max) |',
  '| ---: | ---: | ---: | ---: |',
  `| ${fmt(pdf.singleSeconds, 2)} | ${pdf.batchSize} | ${fmt(pdf.perPdfSeconds, 2)} | ${range(pdf.sizesKb, 0)} |`,
];
console.log(lines.join('\n'));
writeFileSync(
  values.out!,
  `${JSON.stringify({ date: new Date().toISOString(), quick, machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform }, builds: builds.map(({ dir: _d, content: _c, ...b }) => b), search: { indexes, engines: [...engines, pagefind] }, tailoring, pdf }, null, 2)}\n`,
);
log(`wrote ${values.out}`);
