/** The playbook command: validate every profile, render each into a temporary folder, then move them into place. */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { loadLibraryOnce, ValidationError, formatProblem, type Problem } from './library/index.ts';
import { didYouMean } from '../core/library/problems.ts';
import { parseProfile } from '../core/parse-profile.ts';
import type { Profile } from '../core/schema/index.ts';
import { slugify, tailor, type Plan } from '../core/tailor/index.ts';
import { renderHtml, renderJson, renderMarkdown } from '../core/render/index.ts';
import { contentVersion, siteLink, stampDate } from './stamp.ts';
import { printPdfs, PAPERS, type Paper, type PdfJob } from './pdf/print.ts';
import { BrowserNotFoundError } from './pdf/chromium.ts';
import { aStage, anAudience } from '../core/taxonomy.ts';

/** A bad flag or flag value: exit code 2. */
export class UsageError extends Error {}

/** The output formats, in the order they are written. */
export const FORMATS = ['md', 'html', 'json', 'pdf'] as const;
type Format = (typeof FORMATS)[number];

/** Flags as given on the command line (strings, unvalidated). */
export interface GenerateFlags {
  profile?: string;
  format?: string;
  out?: string;
  paper?: string;
}

/** Runs the command; returns the exit code (0 done, 1 invalid input). Throws UsageError for bad flags. */
export async function generate(flags: GenerateFlags, log = progressLogger()): Promise<number> {
  if (!flags.profile) throw new UsageError('--profile is required');
  const formats = parseFormats(flags.format);
  const paper = (flags.paper ?? 'a4') as Paper;
  if (!PAPERS.includes(paper))
    throw new UsageError(
      `--paper: '${flags.paper}' is not allowed${didYouMean(flags.paper, PAPERS)} (allowed: ${PAPERS.join(', ')})`,
    );
  const out = resolve(flags.out ?? 'out/playbooks');

  const { profiles, problems } = readProfiles(flags.profile);
  if (problems.length) return fail(problems);
  let plans: Plan[];
  try {
    const lib = loadLibraryOnce();
    const options = { date: stampDate(), contentVersion: contentVersion(), link: siteLink() };
    plans = profiles.map((p) => tailor(p.profile, lib, options));
  } catch (error) {
    if (error instanceof ValidationError) return fail(error.problems);
    throw error;
  }

  mkdirSync(out, { recursive: true });
  const staging = mkdtempSync(join(out, '.staging-'));
  try {
    for (const [i, plan] of plans.entries()) {
      const dir = join(staging, plan.slug);
      mkdirSync(dir);
      const html = renderHtml(plan);
      const text: Partial<Record<Format, string>> = { md: renderMarkdown(plan), html, json: renderJson(plan) };
      for (const f of formats) if (f !== 'pdf') writeFileSync(join(dir, `playbook.${f}`), text[f]!);
      log.step(i + 1, plans.length, plan.company);
    }
    if (formats.includes('pdf')) {
      try {
        await printPdfs(
          plans.map((plan) => pdfJob(plan, join(staging, plan.slug, 'playbook.pdf'))),
          { paper },
        );
      } catch (error) {
        if (!(error instanceof BrowserNotFoundError)) throw error;
        console.error(`playbook: cannot print PDFs: ${error.message}`);
        console.error('playbook: nothing written');
        return 1;
      }
    }
    for (const plan of plans) {
      rmSync(join(out, plan.slug), { recursive: true, force: true });
      renameSync(join(staging, plan.slug), join(out, plan.slug));
      log.wrote(join(out, plan.slug), formats);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
    log.done();
  }
  return 0;
}

/** What to print for a plan: its HTML (numbered contents on the second pass) and its metadata. */
function pdfJob(plan: Plan, file: string): PdfJob {
  return {
    html: (pages) => renderHtml(plan, { pages }),
    title: `PM–PMM playbook for ${plan.company}`,
    subject: `A tailored plan for ${anAudience(plan.profile.reader)} at ${aStage(plan.profile.stage)}, ${plan.profile.relationship} relationship`,
    stamp: `Content ${plan.generated.contentVersion} · ${plan.generated.date}`,
    date: plan.generated.date,
    file,
  };
}

function parseFormats(value: string | undefined): Format[] {
  if (value === undefined) return [...FORMATS];
  const asked = value
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  if (!asked.length) throw new UsageError(`--format needs at least one of ${FORMATS.join(', ')}`);
  for (const f of asked)
    if (!(FORMATS as readonly string[]).includes(f))
      throw new UsageError(`--format: '${f}' is not allowed${didYouMean(f, FORMATS)} (allowed: ${FORMATS.join(', ')})`);
  return FORMATS.filter((f) => asked.includes(f));
}

/** Reads one profile file or every .yaml/.yml/.json file of a folder; reports problems for all of them. */
export function readProfiles(path: string): { profiles: { file: string; profile: Profile }[]; problems: Problem[] } {
  if (!existsSync(path)) return { profiles: [], problems: [{ file: path, field: '(file)', problem: 'not found' }] };
  const files = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((n) => ['.yaml', '.yml', '.json'].includes(extname(n)) && !n.startsWith('.'))
        .sort()
        .map((n) => join(path, n))
    : [path];
  if (!files.length)
    return {
      profiles: [],
      problems: [{ file: path, field: '(folder)', problem: 'no profiles found (.yaml, .yml or .json)' }],
    };
  const profiles: { file: string; profile: Profile }[] = [];
  const problems: Problem[] = [];
  const slugs = new Map<string, string>();
  for (const file of files) {
    const result = parseProfile(readFileSync(file).toString('utf8'), file);
    if ('problems' in result) {
      problems.push(...result.problems);
      continue;
    }
    const slug = slugify(result.profile.company);
    if (slugs.has(slug))
      problems.push({
        file,
        field: 'company',
        problem: `gives the same folder name '${slug}' as ${basename(slugs.get(slug)!)}; company names must differ`,
      });
    slugs.set(slug, file);
    profiles.push({ file, profile: result.profile });
  }
  return { profiles, problems };
}

function fail(problems: Problem[]): number {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`playbook: ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing written`);
  return 1;
}

/** Progress: a counter redrawn in place on a terminal, plain lines otherwise. */
function progressLogger(stream = process.stderr) {
  const tty = Boolean(stream.isTTY);
  return {
    step(i: number, n: number, name: string) {
      if (tty && n > 1) stream.write(`\r\x1b[2K[${i}/${n}] ${name.slice(0, 60)}`);
    },
    wrote(dir: string, formats: readonly string[]) {
      if (tty) stream.write('\r\x1b[2K');
      console.log(`wrote ${dir}/ (${formats.join(', ')})`);
    },
    done() {
      if (tty) stream.write('\r\x1b[2K');
    },
  };
}
