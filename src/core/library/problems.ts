/** Validation problems, named by file, line and field, and their one-line rendering. */
import { z } from 'astro/zod';
import { nearest } from './suggest.ts';

/** One thing wrong with one input file. */
export interface Problem {
  file: string;
  line?: number;
  /** Column on that line, where a body check can tell (MDX syntax and components). */
  column?: number;
  field: string;
  problem: string;
  allowed?: readonly string[];
}

/** Renders a problem as `file:line: field: problem (allowed: …)` (`file:line:column:` when the column is known). */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
  const allowed = p.allowed?.length ? ` (allowed: ${shorten(p.allowed)})` : '';
  return `${where}: ${p.field || '(top level)'}: ${p.problem}${allowed}`;
}

const shorten = (list: readonly string[]) =>
  list.length > 24 ? `${list.slice(0, 24).join(', ')}, … ${list.length - 24} more` : list.join(', ');

/** An error carrying every problem found, so callers can print them all at once. */
export class ValidationError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ValidationError';
  }
}

/** Builds the "did you mean" tail for a bad value. */
export function didYouMean(value: unknown, allowed: readonly string[]): string {
  const hint = typeof value === 'string' ? nearest(value, allowed) : undefined;
  return hint ? `; did you mean '${hint}'?` : '';
}

/** Where a field sits in its file: maps a field path to a line number. */
export type Locate = (path: (string | number)[]) => number | undefined;

/** Turns zod issues into problems, naming the allowed values and keys from the schema itself. */
export function fromZod(error: z.ZodError, schema: z.ZodTypeAny, file: string, locate: Locate): Problem[] {
  return error.issues.map((issue): Problem => {
    const base = { file, line: locate(issue.path), field: issue.path.join('.') };
    switch (issue.code) {
      case 'invalid_enum_value': {
        const allowed = issue.options.map(String);
        return {
          ...base,
          problem: `'${String(issue.received)}' is not allowed${didYouMean(issue.received, allowed)}`,
          allowed,
        };
      }
      case 'unrecognized_keys': {
        const allowed = keysAt(schema, issue.path);
        return {
          ...base,
          line: locate([...issue.path, issue.keys[0]!]) ?? base.line,
          field: [...issue.path, issue.keys[0]].join('.'),
          problem:
            issue.keys.length === 1
              ? `unknown key${didYouMean(issue.keys[0], allowed)}`
              : `unknown keys: ${issue.keys.join(', ')}`,
          allowed,
        };
      }
      case 'invalid_type':
        return {
          ...base,
          problem: issue.received === 'undefined' ? 'is required' : `must be ${issue.expected}, not ${issue.received}`,
        };
      default:
        return { ...base, problem: issue.message.charAt(0).toLowerCase() + issue.message.slice(1) };
    }
  });
}

/** The keys an object schema accepts at a path (unwrapping defaults, optionals, arrays and refinements). */
function keysAt(schema: z.ZodTypeAny, path: (string | number)[]): string[] {
  let node: z.ZodTypeAny | undefined = schema;
  for (const step of [...path, null]) {
    while (node && !(node instanceof z.ZodObject)) {
      if (node instanceof z.ZodEffects) node = node.innerType();
      else if (node instanceof z.ZodDefault) node = node._def.innerType;
      else if (node instanceof z.ZodOptional) node = node.unwrap();
      else if (node instanceof z.ZodArray && typeof step === 'number') {
        node = node.element;
        break;
      } else return [];
    }
    if (step === null || !node) break;
    if (typeof step === 'number') continue;
    node = (node as z.ZodObject<z.ZodRawShape>).shape[step];
  }
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}
