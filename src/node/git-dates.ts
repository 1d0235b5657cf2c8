/** When each file last changed, from git: one `git log` for the whole history, read once per project root. */
import { execFileSync } from 'node:child_process';
import { sep } from 'node:path';

const byRoot = new Map<string, Map<string, string>>();

/** Path (relative to `root`, `/`-separated) → the date (YYYY-MM-DD) of the last commit touching it; empty without git. */
function read(root: string): Map<string, string> {
  const map = new Map<string, string>();
  let out: string;
  try {
    // Newest commit first, so the first date seen for a file is its last change.
    out = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--no-renames', '--relative', '--', '.'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 << 20,
    });
  } catch {
    return map;
  }
  for (const commit of out.split('\0')) {
    const [date, ...files] = commit.trim().split('\n');
    if (!date) continue;
    for (const file of files) if (file && !map.has(file)) map.set(file, date);
  }
  return map;
}

/** The date of the last commit that changed `file` (relative to `root`), or undefined without git history for it. */
export function lastCommitDate(root: string, file: string): string | undefined {
  let dates = byRoot.get(root);
  if (!dates) byRoot.set(root, (dates = read(root)));
  return dates.get(file.split(sep).join('/'));
}
