/** Reads the company config file (`playbook.config.yaml`, DESIGN.md §7): one zod schema, errors as `file:line: field: …`. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseYaml } from '../core/library/parse-file.ts';
import { formatProblem, fromZod, type Problem } from '../core/library/problems.ts';
import { projectConfigSchema, type ProjectConfig } from '../core/schema/project-config.ts';

/** A setting that does not validate: names the variable or the file line, and what is allowed. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** The config file's default name, at the project root. */
const CONFIG_FILE = 'playbook.config.yaml';

const fail = (problem: Problem): never => {
  throw new ConfigError(formatProblem(problem));
};

/** Reads and validates the company config file; paths in it become relative to the project root. */
export function readConfigFile(
  root: string,
  named: string | undefined,
): { file?: string; config: ProjectConfig; paths: { content?: string[]; logo?: string } } {
  const path = resolve(root, named ?? CONFIG_FILE);
  const file = relative(root, path) || CONFIG_FILE;
  if (!existsSync(path)) {
    if (named) fail({ file: 'environment', field: 'PLAYBOOK_CONFIG', problem: `no such file: ${named}` });
    return { config: {}, paths: {} };
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return fail({ file, field: '(file)', problem: 'cannot be read' });
  }
  const parsed = parseYaml(text, file);
  if ('problem' in parsed) return fail(parsed);
  const result = projectConfigSchema.safeParse(parsed.data ?? {});
  if (!result.success) {
    const problem = fromZod(result.error, projectConfigSchema, file, parsed.locate)[0]!;
    return fail(problem.field === 'accent' ? { ...problem, allowed: ['#rrggbb'] } : problem);
  }
  const config = result.data;
  const here = dirname(path);
  const inProject = (p: string) => relative(root, resolve(here, p)) || '.';
  const content = config.content?.map((dir, i) => {
    const at = resolve(here, dir);
    if (!existsSync(at) || !statSync(at).isDirectory())
      fail({ file, line: parsed.locate(['content', i]), field: `content.${i}`, problem: `folder not found: ${dir}` });
    return inProject(dir);
  });
  let logo: string | undefined;
  if (config.logo) {
    logo = inProject(config.logo);
    const at = resolve(here, config.logo);
    const problem = logo.startsWith('..')
      ? 'must be a file inside the project'
      : !existsSync(at) || !statSync(at).isFile()
        ? `file not found: ${config.logo}`
        : undefined;
    if (problem) fail({ file, line: parsed.locate(['logo']), field: 'logo', problem });
  }
  return { file, config, paths: { ...(content && { content }), ...(logo && { logo }) } };
}
