/** Small filesystem helpers shared by the scripts. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below a folder (paths include the folder). */
export function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}
