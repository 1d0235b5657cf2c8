/** The mark on every folder playbook writes: only a folder holding it (and nothing else) is ever replaced or removed. */
import { lstatSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { project } from './project.ts';
import { readBounded } from './read-bounded.ts';
import { fsAdvice, isFsError } from './fs-errors.ts';

/** The manifest's file name; hidden, so listings of a playbook folder show the playbook files. */
export const MANIFEST = '.playbook-manifest.json';

/** What a folder written by playbook is: a company's playbook, a built site, or a run's staging folder. */
type Kind = 'playbook' | 'site' | 'staging';

/** What a manifest records: who wrote the folder, and which of its entries are theirs. */
interface Manifest {
  generator: 'playbook';
  version: string;
  kind: Kind;
  files: string[];
}

/** Writes the manifest for `dir`, listing the entries playbook put there (sorted, so output stays byte-identical). */
export function writeManifest(dir: string, kind: Kind, files: readonly string[] = []): void {
  const manifest: Manifest = { generator: 'playbook', version: project().version, kind, files: [...files].sort() };
  writeFileSync(join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}

const isName = (f: unknown) => typeof f === 'string' && f !== '' && f !== '.' && f !== '..' && !/[/\\]/.test(f);

/** The folder's manifest, or undefined when it has none that playbook wrote (absent, unreadable, or not ours). */
export function readManifest(dir: string, kind: Kind = 'playbook'): Manifest | undefined {
  const read = readBounded(join(dir, MANIFEST), 64 * 1024, 'a manifest');
  if ('problem' in read) return undefined;
  try {
    const data = JSON.parse(new TextDecoder().decode(read.bytes)) as Partial<Manifest> | null;
    const ok = data?.generator === 'playbook' && data.kind === kind && Array.isArray(data.files);
    return ok && data.files!.every(isName) ? (data as Manifest) : undefined;
  } catch {
    return undefined;
  }
}

/** Why playbook must not replace `dir`; undefined when it may (absent, empty, or all playbook's own). */
export function whyNotOurs(dir: string, kind: Kind = 'playbook'): string | undefined {
  try {
    const stats = lstatSync(dir);
    if (stats.isSymbolicLink()) return 'is a symbolic link, not a folder playbook wrote';
    if (!stats.isDirectory()) return 'is a file, not a folder playbook wrote';
    const names = readdirSync(dir);
    if (!names.length) return undefined;
    const manifest = readManifest(dir, kind);
    if (!manifest) return `was not written by playbook (no ${MANIFEST})`;
    // A staging folder holds company folders it lists nowhere; the others list every entry they hold.
    const extra = kind === 'staging' ? [] : names.filter((n) => n !== MANIFEST && !manifest.files.includes(n));
    if (extra.length)
      return `holds files playbook did not write (${extra.slice(0, 3).join(', ')}${extra.length > 3 ? ', …' : ''})`;
    return undefined;
  } catch (error) {
    if (isFsError(error) && error.code === 'ENOENT') return undefined;
    if (isFsError(error)) return `cannot be checked: ${fsAdvice(error)}`;
    throw error;
  }
}
