/** Where the command may write: never the file-system root, a file, or the project's own folders. */
import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { project, SOURCE_FOLDERS } from '../project.ts';
import { settings } from '../config.ts';
import { fsAdvice, isFsError } from '../fs-errors.ts';
import { UsageError } from './usage-error.ts';

const CHOOSE = 'choose a folder of its own, such as out/playbooks';

/** The real path of `--out` (symbolic links resolved as far as it exists); throws UsageError for a forbidden place. */
export function checkOutDir(out: string): string {
  const real = realPath(out);
  if (dirname(real) === real) throw new UsageError(`--out: ${out} is the root of the file system; ${CHOOSE}`);
  const { root } = project();
  if (real === root) throw new UsageError(`--out: ${out} is the project folder itself; ${CHOOSE}`);
  const guarded = [...SOURCE_FOLDERS.map((f) => join(root, f)), settings().contentDir].map(realOrAsGiven);
  const inside = guarded.find((g) => real === g || real.startsWith(g + sep));
  if (inside)
    throw new UsageError(
      `--out: ${out} is inside the project's own ${relative(root, inside) || inside} folder; ${CHOOSE}`,
    );
  return real;
}

const realOrAsGiven = (path: string) => {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
};

/** Follows symbolic links through the part of `path` that exists; the rest is joined on as given. */
function realPath(path: string): string {
  const missing: string[] = [];
  for (let at = resolve(path); ; at = dirname(at)) {
    try {
      const real = realpathSync(at);
      if (!statSync(real).isDirectory()) throw new UsageError(`--out: ${at} is a file, not a folder; ${CHOOSE}`);
      return join(real, ...missing.reverse());
    } catch (error) {
      if (!isFsError(error)) throw error;
      if ((error.code !== 'ENOENT' && error.code !== 'ENOTDIR') || dirname(at) === at)
        throw new UsageError(`--out: ${at}: ${fsAdvice(error)}`);
      missing.push(basename(at));
    }
  }
}
