/** Synthetic libraries for benchmarks: N varied copies of the real tactics and playbooks (same sources and situations), valid content. */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Word swaps make copies differ, so search at scale is not just exact duplicates.
const SWAPS: [RegExp, string[]][] = [
  [/\bteam\b/g, ['team', 'group', 'squad', 'crew']],
  [/\bmeeting\b/g, ['meeting', 'session', 'sit-down', 'review']],
  [/\bcustomer\b/g, ['customer', 'buyer', 'client', 'user']],
  [/\blaunch\b/g, ['launch', 'release', 'rollout', 'go-live']],
  [/\bweek\b/g, ['week', 'sprint', 'cycle', 'week']],
];

/** Writes a library of `factor` × the real one into `dir/content`; returns that content folder. */
export function writeSyntheticLibrary(source: string, dir: string, factor: number): string {
  const content = join(dir, 'content');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(content, 'tactics'), { recursive: true });
  mkdirSync(join(content, 'playbooks'), { recursive: true });
  for (const folder of ['sources', 'situations', 'profiles', 'templates'])
    cpSync(join(source, folder), join(content, folder), { recursive: true });
  // The search vocabulary is part of the library the site searches, so every size carries it.
  if (existsSync(join(source, 'vocabulary.yaml')))
    cpSync(join(source, 'vocabulary.yaml'), join(content, 'vocabulary.yaml'));
  const tactics = readdirSync(join(source, 'tactics')).filter((f) => /\.mdx?$/.test(f));
  const playbooks = readdirSync(join(source, 'playbooks')).filter((f) => /\.mdx?$/.test(f));
  const ids = tactics.map((f) => f.replace(/\.mdx?$/, ''));
  for (let k = 0; k < factor; k++) {
    const rename = (text: string) =>
      k === 0
        ? text
        : ids.reduce((t, id) => t.replace(new RegExp(`(?<![\\w-])${id}(?![\\w-])`, 'g'), `${id}-v${k}`), text);
    const vary = (text: string) => SWAPS.reduce((t, [re, words]) => t.replace(re, words[k % words.length]!), text);
    for (const f of tactics) {
      const text = readFileSync(join(source, 'tactics', f), 'utf8');
      const varied =
        k === 0
          ? text
          : rename(
              text
                .replace(/^title: (.*)$/m, (_m, t: string) => `title: ${vary(t).slice(0, 80)} (${k})`)
                .replace(/\n---\n([\s\S]*)$/, (_m, body: string) => `\n---\n${vary(body)}`),
            );
      writeFileSync(join(content, 'tactics', k === 0 ? f : f.replace(/\.(mdx?)$/, `-v${k}.$1`)), varied);
    }
    for (const f of playbooks) {
      const text = readFileSync(join(source, 'playbooks', f), 'utf8');
      const varied =
        k === 0
          ? text
          : rename(
              text
                .replace(/^title: (.*)$/m, (_m, t: string) => `title: ${vary(t)} (${k})`)
                .replace(/^featured: true$/m, 'featured: false'),
            );
      writeFileSync(join(content, 'playbooks', k === 0 ? f : f.replace(/\.(mdx?)$/, `-v${k}.$1`)), varied);
    }
  }
  return content;
}
