/**
 * The settings in force, read once: defaults < environment < flags (the company config file slots in between
 * defaults and environment). One zod schema checks the environment, so a bad value is one clear line.
 */
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { normaliseBase, setBase } from '../core/url.ts';

const optional = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));

/** The environment variables the project reads, with their defaults. */
const envSchema = z.object({
  CONTENT_DIR: optional.transform((v) => v ?? 'content'),
  ADVICE_POINTS: optional.transform((v) => v ?? '../shared/advice-points.yaml'),
  BASE_PATH: optional,
  SITE_URL: optional.refine((v) => v === undefined || /^https?:\/\/[^/\s]+/.test(v), {
    message: 'must be an absolute http(s) address such as https://kb.example.com',
  }),
  OUT_DIR: optional.transform((v) => v ?? 'dist'),
  SOURCE_DATE_EPOCH: optional.refine((v) => v === undefined || /^\d+$/.test(v), {
    message: 'must be whole seconds since 1970 (e.g. 1767225600)',
  }),
  CHROME_PATH: optional,
});

/** Everything the build, the CLIs and the PDF step are configured by. */
export interface Settings {
  /** Project root; paths in messages are relative to it. */
  root: string;
  /** The content folder, relative to root (as given, so messages name the path in use). */
  contentDir: string;
  /** The shared advice-point catalogue the content is checked against. */
  adviceFile: string;
  /** Base path of the site, `/` or `/kb/`. */
  base: string;
  /** Origin (and path) the site is served from; links in playbooks are absolute under it. */
  siteUrl?: string;
  /** Where `npm run build` writes the site. */
  outDir: string;
  /** Seconds since 1970 to stamp instead of today (reproducible output). */
  dateEpoch?: number;
  /** The browser to print PDFs with, when not found on the usual paths. */
  chromePath?: string;
}

/** A setting that does not validate: names the variable and what is allowed. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** Resolves the settings from an environment and flags (pure apart from `root`); throws ConfigError. */
export function readSettings(env: NodeJS.ProcessEnv, flags: Partial<Settings> = {}, root = process.cwd()): Settings {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`environment: ${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  const settings: Settings = {
    root: resolve(root),
    contentDir: e.CONTENT_DIR,
    adviceFile: e.ADVICE_POINTS,
    base: normaliseBase(e.BASE_PATH),
    outDir: e.OUT_DIR,
    ...(e.SITE_URL && { siteUrl: e.SITE_URL }),
    ...(e.SOURCE_DATE_EPOCH && { dateEpoch: Number(e.SOURCE_DATE_EPOCH) }),
    ...(e.CHROME_PATH && { chromePath: e.CHROME_PATH }),
  };
  return { ...settings, ...flags };
}

let current: Settings | undefined;

/** This process's settings, read from `process.env` on first use; also sets the base path for site links. */
export function settings(): Settings {
  if (!current) {
    current = readSettings(process.env);
    setBase(current.base);
  }
  return current;
}

/** The environment for a child process of the build: this process's own, with `overrides` (e.g. OUT_DIR) on top. */
export function childEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}
