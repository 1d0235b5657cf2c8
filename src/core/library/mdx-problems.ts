/** Finds what an MDX body may not hold (DESIGN.md §6 rule 12): content is data, never code, so only the documented components. */
import type { Node, Parent, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { COMPONENTS, COMPONENT_USAGE, isComponentName, type ComponentName } from '../markdown/components.ts';
import { didYouMean, type Problem } from './problems.ts';

type Element = MdxJsxFlowElement | MdxJsxTextElement;
type Report = (at: Pick<Node, 'position'>, problem: string, allowed?: readonly string[]) => void;

const CODE = 'content is data, never code';
const shown = (code: string) => (code.length > 40 ? `${code.slice(0, 39)}…` : code).replace(/\s+/g, ' ');

/** A problem for each import/export, `{expression}`, unknown component or attribute, and each block used wrongly. */
export function mdxProblems(tree: Root, file: string, bodyLine: number, mdx: boolean): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (at, problem, allowed = COMPONENT_USAGE) =>
    problems.push({
      file,
      line: bodyLine + (at.position?.start.line ?? 1) - 1,
      column: at.position?.start.column ?? 1,
      field: 'body',
      problem,
      allowed,
    });
  visit(tree, (node: Node, _index, parent: Parent | undefined) => {
    const value = (node as { value?: unknown }).value;
    if (node.type === 'mdxjsEsm') report(node, `import and export are not allowed: ${CODE}`);
    else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression')
      report(node, `expression '{${shown(String(value))}}' is not allowed: ${CODE}`);
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
      elementProblems(node as Element, parent, report);
    else if (!mdx && node.type === 'html' && /^<(Template|Script|Agenda|Callout)\b/.test(String(value)))
      report(node, 'content components work only in .mdx files: rename the file to .mdx');
  });
  return problems;
}

/** An element must be a known component, standing alone at the top level, with its one attribute set. */
function elementProblems(node: Element, parent: Parent | undefined, report: Report): void {
  const tag = `<${node.name ?? ''}>`;
  if (!isComponentName(node.name)) {
    const names = Object.keys(COMPONENTS);
    return report(node, `unknown component '${tag}'${didYouMean(node.name ?? '', names)}`);
  }
  if (node.type === 'mdxJsxTextElement') return report(node, `${tag} must start on a line of its own, not inside text`);
  if (parent?.type !== 'root')
    report(node, `${tag} must stand at the top level of the body, not inside a list, a quote or another component`);
  attributeProblems(node, node.name, report);
  if (!node.children.length) report(node, `${tag} is empty`);
  if (node.name === 'Callout') return;
  visit(node, 'heading', (heading) => {
    report(heading, `a heading inside ${tag}: its title is the heading; use bold text instead`);
  });
}

/** Each attribute must be the component's own, once, with a quoted value; the required one must be there. */
function attributeProblems(node: Element, name: ComponentName, report: Report): void {
  const spec = COMPONENTS[name];
  const seen = new Set<string>();
  for (const attribute of node.attributes) {
    const at = attribute.position ? attribute : node;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      report(at, `expression '{${shown(attribute.value)}}' is not allowed on <${name}>: ${CODE}`);
    } else if (attribute.name !== spec.attribute) {
      report(at, `unknown attribute '${attribute.name}' on <${name}>${didYouMean(attribute.name, [spec.attribute])}`);
    } else if (seen.has(attribute.name)) {
      report(at, `<${name}> has '${attribute.name}' twice`);
    } else if (attribute.value !== null && typeof attribute.value === 'object') {
      report(at, `<${name} ${attribute.name}={…}>: write the value in quotes; expressions are not allowed (${CODE})`);
    }
    if (attribute.type === 'mdxJsxAttribute') seen.add(attribute.name);
  }
  const value = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === spec.attribute)?.value;
  if (value === undefined || value === null || (typeof value === 'string' && !value.trim()))
    report(node, `<${name}> needs a ${spec.attribute}`);
  else if ('values' in spec && typeof value === 'string' && !(spec.values as readonly string[]).includes(value))
    report(node, `<${name} ${spec.attribute}="${value}"> is not allowed${didYouMean(value, spec.values)}`, spec.values);
}

/** The problem for a body the MDX parser could not read, placed where it stopped. */
export function mdxSyntaxProblem(error: unknown, file: string, bodyLine: number): Problem {
  const { line, column, reason } = error as { line?: number; column?: number; reason?: string };
  // The parser's hints suggest `{…}` comments and expressions, which content may not use: keep only the others.
  const text = String(reason ?? error).replace(/\s*\(note: [^)]*`\{[^)]*\)$/, '');
  return {
    file,
    line: bodyLine + (line ?? 1) - 1,
    ...(column ? { column } : {}),
    field: 'body',
    problem: `not valid MDX: ${text}`,
    allowed: COMPONENT_USAGE,
  };
}
