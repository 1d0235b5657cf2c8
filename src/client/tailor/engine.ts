/** The tailoring engine, loaded on demand: the CLI's profile schema and messages, `tailor` and the HTML renderer over the build's library data. */
import { fromZod, formatProblem } from '../../core/library/problems.ts';
import { renderHtmlFragment } from '../../core/render/html.ts';
import { profileSchema, type Profile } from '../../core/schema/profile.ts';
import { tailor, type Plan } from '../../core/tailor/index.ts';
import { withBase } from '../../core/url.ts';
import { libraryFrom, type TailorData } from './data.ts';
import type { FieldProblem } from './errors.ts';
import { printStyle } from './print-style.ts';

/** What the page needs from the engine. */
export interface Engine {
  /** Validates a raw profile with the CLI's schema; problems carry the CLI's messages. */
  check(raw: Record<string, unknown>): { profile: Profile } | { problems: FieldProblem[] };
  /** The tailored plan; `link` turns site paths into the links it shows (default: site-relative). */
  plan(profile: Profile, link?: (path: string) => string): Plan;
  /** The plan as the site shows it (the renderer escapes every profile string). */
  html(plan: Plan): string;
}

/** Fetches the library data and returns the engine; also installs the print stylesheet. */
export async function createEngine(): Promise<Engine> {
  const response = await fetch(withBase('tailor/data.json'));
  if (!response.ok) throw new Error(`could not load the library (HTTP ${response.status})`);
  const data = (await response.json()) as TailorData;
  const lib = libraryFrom(data);
  // In the browser the plan starts on the visitor's own today (their local calendar day), not the build's.
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const stamps = {
    date: today,
    contentVersion: data.contentVersion,
    ...(data.publisher && { publisher: data.publisher }),
  };
  installPrintStyle();
  return {
    check(raw) {
      const result = profileSchema.safeParse(raw);
      if (result.success) return { profile: result.data };
      // The CLI's line for each problem minus its `file:line: ` prefix: the page shows it beside the field instead.
      const problems = fromZod(result.error, profileSchema, '', () => undefined);
      return { problems: problems.map((p) => ({ field: p.field, message: formatProblem(p).replace(/^: /, '') })) };
    },
    plan: (profile, link) => tailor(profile, lib, { ...stamps, ...(link && { link }) }),
    html: (plan) => renderHtmlFragment(plan),
  };
}

/** The CLI's playbook stylesheet, scoped to the result and applied in print only. */
function installPrintStyle(): void {
  if (document.getElementById('t-print-style')) return;
  const style = document.createElement('style');
  style.id = 't-print-style';
  style.textContent = printStyle('.tailor-result');
  document.head.append(style);
}
