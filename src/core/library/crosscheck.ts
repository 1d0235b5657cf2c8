/** Checks that ids across collections agree (the advice points are the ones the sources declare); returns every problem found. */
import { SITUATION_IDS } from '../taxonomy.ts';
import type { Root } from 'mdast';
import { isMdxFile, parseBody } from '../markdown/parse.ts';
import { missingSections, splitSections } from '../markdown/sections.ts';
import type { Playbook, Tactic } from '../schema/index.ts';
import { checkSources } from './check-sources.ts';
import { linkProblems } from './link-problems.ts';
import { mdxProblems, mdxSyntaxProblem } from './mdx-problems.ts';
import { didYouMean, type Problem } from './problems.ts';
import type { Entry, LibraryEntries } from './types.ts';

/** The ids references may point at, gathered once for all the checks. */
interface Known {
  tactics: Set<string>;
  tacticIds: string[];
  points: Set<string>;
  pointIds: string[];
}

const unknown = (value: string, allowed: readonly string[], what: string) =>
  `unknown ${what} '${value}'${didYouMean(value, allowed)}`;

/** Every cross-collection rule of DESIGN.md §3, reported with file, field and bad value; `tactics` holds every tactic file's id. */
export function crossCheck(lib: LibraryEntries, tactics: Set<string>, contentDir = 'content'): Problem[] {
  const pointIds = lib.sources.flatMap((s) => s.data.points.map((p) => p.id));
  const known: Known = { tactics, tacticIds: [...tactics], points: new Set(pointIds), pointIds };
  return [
    ...checkSituations(lib, contentDir),
    ...lib.tactics.flatMap((t) => checkTactic(t, known)),
    ...lib.playbooks.flatMap((p) => checkPlaybook(p, known)),
    ...checkSources(lib),
  ];
}

/** Situation files must match the taxonomy exactly: no unknown ids, none missing. */
function checkSituations(lib: LibraryEntries, contentDir: string): Problem[] {
  const problems: Problem[] = [];
  const situations = new Set(lib.situations.map((s) => s.id));
  for (const s of lib.situations) {
    if (!(SITUATION_IDS as readonly string[]).includes(s.id))
      problems.push({
        file: s.file,
        field: '(file name)',
        problem: unknown(s.id, SITUATION_IDS, 'situation id'),
        allowed: SITUATION_IDS,
      });
  }
  for (const id of SITUATION_IDS) {
    if (!situations.has(id))
      problems.push({
        file: `${contentDir}/situations/${id}.yaml`,
        field: '(file)',
        problem: `missing: situation '${id}' has no file`,
      });
  }
  return problems;
}

/** A tactic's cited points and related tactics must exist; its body needs the required sections, safe links and valid MDX. */
function checkTactic(t: Entry<Tactic>, known: Known): Problem[] {
  const problems: Problem[] = [];
  t.data.sources.forEach((p, i) => {
    if (!known.points.has(p))
      problems.push({
        file: t.file,
        line: t.locate(['sources', i]),
        field: 'sources',
        problem: unknown(p, known.pointIds, 'advice point'),
      });
  });
  t.data.related.forEach((r, i) => {
    if (!known.tactics.has(r) || r === t.id)
      problems.push({
        file: t.file,
        line: t.locate(['related', i]),
        field: 'related',
        problem: r === t.id ? 'a tactic cannot relate to itself' : unknown(r, known.tacticIds, 'tactic'),
      });
  });
  const body = checkBody(t);
  const missing = body.tree ? missingSections(splitSections(body.tree)) : [];
  if (missing.length)
    problems.push({
      file: t.file,
      line: t.bodyLine,
      field: 'body',
      problem: `missing section: ${missing.join(', ')}`,
    });
  return [...problems, ...body.problems];
}

/** A playbook's steps must name existing tactics; its intro may hold only safe links, project images and content components. */
function checkPlaybook(p: Entry<Playbook>, known: Known): Problem[] {
  const problems: Problem[] = [];
  p.data.steps.forEach((step, i) => {
    if (!known.tactics.has(step.tactic))
      problems.push({
        file: p.file,
        line: p.locate(['steps', i, 'tactic']),
        field: `steps.${i}.tactic`,
        problem: unknown(step.tactic, known.tacticIds, 'tactic'),
      });
  });
  return [...problems, ...checkBody(p).problems];
}

/** Reads a body as its file type says (MDX for `.mdx`), then checks its links and its MDX; no tree if it cannot be read. */
function checkBody(e: Entry<unknown>): { tree?: Root; problems: Problem[] } {
  const mdx = isMdxFile(e.file);
  let tree: Root;
  try {
    tree = parseBody(e.body, { mdx });
  } catch (error) {
    return { problems: [mdxSyntaxProblem(error, e.file, e.bodyLine)] };
  }
  return { tree, problems: [...mdxProblems(tree, e.file, e.bodyLine, mdx), ...linkProblems(tree, e.file, e.bodyLine)] };
}
