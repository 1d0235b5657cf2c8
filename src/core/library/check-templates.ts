/**
 * Checks the tailoring templates of `templates/` (responsibilities grid, scorecard, cadence): each file against its
 * schema, every required one present, every advice point it cites known. Pure: the loader reads the files.
 *
 * The loader calls `checkTemplates` on the entries read with `z.unknown()` (later folders having replaced earlier
 * ones by id) and, once no problem is left, `parseTemplates` to turn them into validated data for the Library.
 */
import { TEMPLATE_IDS, TEMPLATE_SCHEMAS, type TemplateData, type TemplateId } from '../schema/index.ts';
import { didYouMean, fromZod, type Problem } from './problems.ts';
import type { Entry } from './types.ts';

const isTemplateId = (id: string): id is TemplateId => (TEMPLATE_IDS as readonly string[]).includes(id);

/**
 * Every problem of the template entries: unknown file ids (with the allowed ones), schema errors with their lines,
 * missing templates (named `<contentDir>/templates/<id>.yaml`) and cited advice points not in `pointIds`.
 */
export function checkTemplates(
  templates: readonly Entry<unknown>[],
  pointIds: ReadonlySet<string>,
  allPointIds: readonly string[],
  contentDir = 'content',
): Problem[] {
  const problems: Problem[] = [];
  for (const entry of templates) {
    if (!isTemplateId(entry.id)) {
      problems.push({
        file: entry.file,
        field: '(file name)',
        problem: `unknown template '${entry.id}'${didYouMean(entry.id, TEMPLATE_IDS)}`,
        allowed: TEMPLATE_IDS,
      });
      continue;
    }
    const schema = TEMPLATE_SCHEMAS[entry.id];
    const result = schema.safeParse(entry.data ?? {});
    if (!result.success) {
      problems.push(...fromZod(result.error, schema, entry.file, entry.locate));
      continue;
    }
    problems.push(...unknownPoints(entry, result.data, pointIds, allPointIds));
  }
  const present = new Set(templates.map((t) => t.id));
  for (const id of TEMPLATE_IDS)
    if (!present.has(id))
      problems.push({
        file: `${contentDir}/templates/${id}.yaml`,
        field: '(file)',
        problem: `missing: the ${id} template has no file`,
      });
  return problems;
}

/**
 * The template entries with their data validated and defaults filled in, for `LibraryEntries.templates`. Call it
 * only once `checkTemplates` found no problem: it throws on an entry that does not validate.
 */
export function parseTemplates(templates: readonly Entry<unknown>[]): Entry<TemplateData>[] {
  return templates.map((entry) => {
    if (!isTemplateId(entry.id)) throw new Error(`${entry.file}: unknown template '${entry.id}'`);
    return { ...entry, data: TEMPLATE_SCHEMAS[entry.id].parse(entry.data ?? {}) };
  });
}

/** Every `sources` list in the template, wherever it sits, checked against the known points. */
function unknownPoints(
  entry: Entry<unknown>,
  data: unknown,
  pointIds: ReadonlySet<string>,
  allPointIds: readonly string[],
): Problem[] {
  const problems: Problem[] = [];
  const visit = (node: unknown, path: (string | number)[]): void => {
    if (Array.isArray(node)) node.forEach((item, i) => visit(item, [...path, i]));
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) {
        if (key === 'sources' && Array.isArray(value))
          value.forEach((id: string, i) => {
            if (pointIds.has(id)) return;
            const at = [...path, key, i];
            problems.push({
              file: entry.file,
              line: entry.locate(at),
              field: at.join('.'),
              problem: `unknown advice point '${id}'${didYouMean(id, allPointIds)}`,
            });
          });
        else visit(value, [...path, key]);
      }
  };
  visit(data, []);
  return problems;
}
