/** Org profile text (YAML or JSON) → a normalised profile or problems, the same in the CLI and the browser. */
import { profileSchema, type Profile } from './schema/index.ts';
import { parseYaml } from './library/parse-file.ts';
import { fromZod, type Problem } from './library/problems.ts';

const KEYS = Object.keys(profileSchema.shape).join(', ');

/** Parses and validates one profile (its text, or its raw bytes, checked to be UTF-8); `file` names it in messages. */
export function parseProfile(input: string | Uint8Array, file: string): { profile: Profile } | { problems: Problem[] } {
  const decoded = typeof input === 'string' ? { text: input } : decode(input);
  if ('invalid' in decoded)
    return fail({ file, line: decoded.line, field: '(file)', problem: `not a text file: ${decoded.invalid}` });
  const { text } = decoded;
  // U+FFFD is a character like any other in valid UTF-8; only NUL marks a binary file.
  const nul = text.indexOf('\u0000');
  if (nul >= 0)
    return fail({ file, line: lineAt(text, nul), field: '(file)', problem: `not a text file: ${NOT_TEXT}` });
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

const NOT_TEXT = 'it holds NUL bytes; expected a YAML or JSON org profile';
const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** UTF-8 text, or the line of the first byte that is not UTF-8 (what an editor needs to find it). */
function decode(bytes: Uint8Array): { text: string } | { invalid: string; line: number } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalidByte(bytes);
    const line = bytes.subarray(0, at).filter((b) => b === 0x0a).length + 1;
    const hex = (bytes[at] ?? 0).toString(16).padStart(2, '0');
    return { line, invalid: `byte 0x${hex} is not valid UTF-8; save the profile as UTF-8 text (YAML or JSON)` };
  }
}

/** Where UTF-8 decoding fails: a bad lead byte, or a sequence cut short, overlong, a surrogate or above U+10FFFF. */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!;
    const tail = lead < 0x80 ? 0 : lead < 0xc2 ? -1 : lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : lead < 0xf5 ? 3 : -1;
    if (tail < 0) return i;
    // The second byte's range is what rules out overlong forms, surrogates and code points past U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= tail; k++) {
      const byte = bytes[i + k];
      if (byte === undefined || byte < (k === 1 ? low : 0x80) || byte > (k === 1 ? high : 0xbf)) return i;
    }
    i += tail + 1;
  }
  return bytes.length;
}
