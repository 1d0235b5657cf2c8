/** Reads YAML documents and Markdown frontmatter, keeping line numbers for error messages. */
import { LineCounter, parseDocument, isNode, visit } from 'yaml';
import type { Locate, Problem } from './problems.ts';

/** Parsed data plus a way to find a field's line. */
export interface Parsed {
  data: unknown;
  locate: Locate;
}

/** Aliases may expand to at most this many nodes: a few anchors can otherwise expand into gigabytes ("billion laughs"). */
const MAX_ALIAS_COUNT = 100;

/** Parses YAML text; `firstLine` is the file line the text starts on (for frontmatter). */
export function parseYaml(text: string, file: string, firstLine = 1): Parsed | Problem {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const line = lines.linePos(error.pos[0]).line + firstLine - 1;
    return { file, line, field: '(syntax)', problem: `not valid YAML: ${error.message.split('\n')[0]}` };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (thrown) {
    let offset = 0;
    visit(doc, {
      Alias(_key, node) {
        offset = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const line = lines.linePos(offset).line + firstLine - 1;
    const problem = /alias/i.test(String(thrown))
      ? `too many aliases: *references expand to more than ${MAX_ALIAS_COUNT} copies; write the values out instead`
      : `not valid YAML: ${String((thrown as Error).message ?? thrown).split('\n')[0]}`;
    return { file, line, field: '(syntax)', problem };
  }
  const locate: Locate = (path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line + firstLine - 1;
    }
    return undefined;
  };
  return { data, locate };
}

/** A Markdown file split into its parsed frontmatter and its body. */
export interface ParsedMarkdown extends Parsed {
  body: string;
  bodyLine: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Splits and parses `---` frontmatter from a Markdown file. */
export function parseMarkdown(text: string, file: string): ParsedMarkdown | Problem {
  const match = FRONTMATTER.exec(text);
  if (!match)
    return {
      file,
      line: 1,
      field: '(frontmatter)',
      problem: 'missing: the file must start with a --- fenced YAML block',
    };
  const parsed = parseYaml(match[1]!, file, 2);
  if ('problem' in parsed) return parsed;
  const bodyLine = match[0].split('\n').length;
  return { ...parsed, body: text.slice(match[0].length), bodyLine };
}
