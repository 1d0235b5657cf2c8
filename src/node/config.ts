/**
 * The settings in force, read once: defaults < the company config file (`playbook.config.yaml`, DESIGN.md §7) <
 * environment < flags. One zod schema checks each layer, so a bad value is one clear line naming where it is.
 */
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { normaliseBase, setBase } from '../core/url.ts';
import type { Paper } from '../core/schema/project-config.ts';
import { ConfigError, readConfigFile } from './config-file.ts';

export { ConfigError } from './config-file.ts';

const optional = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));

/** The environment variables the project reads, with their defaults. */
const envSchema = z.object({
  PLAYBOOK_CONFIG: optional,
  CONTENT_DIR: optional,
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

/** What the site, its footer and the PDF covers carry of the company (all from the config file). */
export interface Brand {
  /** The company, shown in the header, the footer and on PDF covers. */
  organisation?: string;
  /** The site's title (default "Playbook"). */
  title: string;
  /** The logo file, relative to the project root. */
  logo?: string;
  /** The brand colour, #rrggbb. */
  accent?: string;
  contact?: { label: string; url: string };
  /** Prefix for "Edit this page": a content file's path relative to the project root is appended. */
  editUrl?: string;
  footerLinks: { label: string; url: string }[];
}

/** Everything the build, the CLIs and the PDF step are configured by. */
export interface Settings {
  /** Project root; paths in messages are relative to it. */
  root: string;
  /** The company config file in force, relative to root (none when the project has none). */
  configFile?: string;
  /** The first content folder, relative to root (as given, so messages name the path in use). */
  contentDir: string;
  /** Every content folder in order, relative to root: later ones add entries or replace them by id. */
  contentDirs: string[];
  brand: Brand;
  /** Default paper for PDFs. */
  paper: Paper;
  /** Whether the fictional example companies are built and shown. */
  examples: boolean;
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

/** Resolves the settings from a project's config file, an environment and flags; throws ConfigError. */
export function readSettings(env: NodeJS.ProcessEnv, flags: Partial<Settings> = {}, root = process.cwd()): Settings {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(`environment: ${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  const projectRoot = resolve(root);
  const { file, config, paths } = readConfigFile(projectRoot, e.PLAYBOOK_CONFIG);
  const contentDirs = e.CONTENT_DIR ? [e.CONTENT_DIR] : (paths.content ?? ['content']);
  const brand: Brand = {
    title: config.title ?? (config.organisation ? `${config.organisation} Playbook` : 'Playbook'),
    footerLinks: config.footer_links ?? [],
    ...(config.organisation && { organisation: config.organisation }),
    ...(paths.logo && { logo: paths.logo }),
    ...(config.accent && { accent: config.accent.toLowerCase() }),
    ...(config.contact && { contact: config.contact }),
    ...(config.edit_url && { editUrl: config.edit_url }),
  };
  const settings: Settings = {
    root: projectRoot,
    ...(file && { configFile: file }),
    contentDir: contentDirs[0]!,
    contentDirs,
    brand,
    paper: config.paper ?? 'a4',
    examples: config.examples ?? true,
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
