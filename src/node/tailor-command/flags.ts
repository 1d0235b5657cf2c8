/** The tailor command's flags, checked: a bad flag or value is a usage error (exit 2), found before any file is read. */
import { didYouMean } from '../../core/library/problems.ts';
import { PAPERS, type Paper } from '../../core/render/print-layout.ts';
import { checkOutDir } from './out-dir.ts';
import { settings } from '../config.ts';
import { UsageError } from './usage-error.ts';

/** The output formats, in the order they are written. */
const FORMATS = ['md', 'html', 'json', 'pdf', 'ics'] as const;
/** One output format. */
export type Format = (typeof FORMATS)[number];

/** Flags as given on the command line (strings, unvalidated). */
export interface TailorFlags {
  profile?: string;
  format?: string;
  out?: string;
  paper?: string;
}

/** Flags once checked: the profile path, the formats in writing order, the paper and the real output folder. */
export interface TailorOptions {
  profile: string;
  formats: Format[];
  paper: Paper;
  out: string;
}

/** Checks every flag; throws UsageError naming the first bad one. */
export function parseFlags(flags: TailorFlags): TailorOptions {
  if (!flags.profile) throw new UsageError('--profile is required');
  const formats = parseFormats(flags.format);
  const paper = (flags.paper ?? settings().paper) as Paper;
  if (!PAPERS.includes(paper))
    throw new UsageError(
      `--paper: '${flags.paper}' is not allowed${didYouMean(flags.paper, PAPERS)} (allowed: ${PAPERS.join(', ')})`,
    );
  const out = checkOutDir(flags.out ?? 'out/playbooks');
  return { profile: flags.profile, formats, paper, out };
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
