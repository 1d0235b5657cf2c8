/** Text normalisation shared by the index build, the query parser and the highlighter (pure: runs in the browser). */

/** Longest pattern searched (a word plus its two word-boundary spaces): longer runs of letters are pasted ids or URLs, cut rather than scanned. */
export const MAX_TERM_LENGTH = 32;

/** A word of a text with where it sits, so highlights can point back into the original string. */
export interface Word {
  /** The folded form (lowercase, no accents, no apostrophes). */
  folded: string;
  start: number;
  end: number;
}

// Letters and digits, with inner apostrophes ("haven't", "team's") kept inside the word.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Lowercases, strips accents and apostrophes, so "Rôle's" and "roles" meet. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '');
}

/** The words of a text with their offsets in the original string. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) out.push({ folded: fold(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}

/** The folded words of a text, in order. */
export function tokens(text: string): string[] {
  return words(text).map((w) => w.folded);
}

/**
 * Words that carry no topic in a problem description: grammar words, the filler of everyday speech ("how do I",
 * "keeps", "really") and the days and months a story is dated by. Domain words such as "product" stay: rarity
 * weighting handles them.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are arent as at be because been before being below between both but by ' +
    'can cant could couldnt did didnt do does doesnt doing dont down during each either else even ever every few for from further get gets getting ' +
    'got had hadnt has hasnt have havent having he her here hers herself him himself his how i id if ill im in into is isnt it its itself ive just ' +
    'keep keeps kept let lets like me more most much must my myself no nor not now of off on once one only or other our ours ourselves out ' +
    'over own please quite rather really same shall she should shouldnt so some still such than that thats the their theirs them themselves then ' +
    'there theres these they theyre theyve this those though through thus to too under until up upon us very was wasnt way we were werent weve ' +
    'what whats when where whether which while who whom whos why will with without wont would wouldnt yet you youd youll your youre yours ' +
    'yourself yourselves thing things stuff lot lots always often sometimes seem seems instead ' +
    'actually basically literally honestly totally simply maybe perhaps anyway anyways ok okay yeah hey hi hello thanks ' +
    // When a story happened says nothing about what happened.
    'monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow tonight ' +
    'january february march april june july august september october november december'
  ).split(' '),
);

/**
 * A light English stemmer for query terms: strips common endings so the stem matches every form as a
 * prefix ("promising", "promised", "promises" → "promis"). Deliberately conservative: stems keep ≥ 3 letters.
 */
export function stem(word: string): string {
  let w = word;
  const cut = (suffix: string, replacement = '') => {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length) + replacement;
      return true;
    }
    return false;
  };
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (!cut('ies', 'y') && !cut('sses', 'ss')) {
    if (/(ch|sh|x|zz)es$/.test(w)) cut('es');
    else if (!w.endsWith('ss')) cut('s');
  }
  if (cut('ingly') || cut('edly') || cut('ing') || cut('ed')) {
    // "planning" → "plann" → "plan"; "committed" → "committ" → "commit".
    if (/([bdgmnprt])\1$/.test(w) && w.length > 3) w = w.slice(0, -1);
  } else if (w.length > 5) cut('ly');
  if (w.length > 4) cut('e');
  if (w.endsWith('y') && w.length > 4) w = w.slice(0, -1);
  return w;
}
