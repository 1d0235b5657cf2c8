/** Org profile text (YAML or JSON) → a normalised profile or problems, the same in the CLI and the browser. */
import { profileSchema, type Profile } from './schema/index.ts';
import { parseYaml } from './library/parse-file.ts';
import { fromZod, type Problem } from './library/problems.ts';

const KEYS = Object.keys(profileSchema.shape).join(', ');

/** Parses and validates one profile; `file` names it in messages. */
export function parseProfile(text: string, file: string): { profile: Profile } | { problems: Problem[] } {
  if (text.includes('\u0000') || text.includes('\uFFFD'))
    return fail({ file, line: 1, field: '(file)', problem: 'not a text file: expected a YAML or JSON org profile' });
  if (!text.trim())
    return fail({
      file,
      line: 1,
      field: '(file)',
      problem: `empty profile: expected a mapping with at least company, stage, reader and relationship (keys: ${KEYS})`,
    });
  // YAML is a superset of JSON, so one parser serves both and keeps line numbers.
  const parsed = parseYaml(text, file);
  if ('problem' in parsed) return fail(parsed);
  const { data } = parsed;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const kind = Array.isArray(data) ? 'a list' : data === null ? 'empty' : `a ${typeof data}`;
    return fail({
      file,
      line: 1,
      field: '(top level)',
      problem: `must be a mapping of fields, not ${kind} (keys: ${KEYS})`,
    });
  }
  const result = profileSchema.safeParse(data);
  return result.success
    ? { profile: result.data }
    : { problems: fromZod(result.error, profileSchema, file, parsed.locate) };
}

const fail = (p: Problem) => ({ problems: [p] });
