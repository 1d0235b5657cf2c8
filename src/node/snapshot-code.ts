/** Which code built a search snapshot: a snapshot made by other code than the running CLI's is not used. */
import { join } from 'node:path';
import { project } from './project.ts';
import { contentVersion } from './stamp.ts';

/** Set by the CLI bundle (an esbuild `define`): the code version of the source it was compiled from. */
declare const PLAYBOOK_CODE_VERSION: string | undefined;

/** What builds and reads the search index: the pure core and the library loader. */
const SEARCH_CODE = ['src/core', 'src/node/library'];

let version: string | undefined;

/** A hash of the search code: fixed into the bundle when it is compiled, hashed from the files under tsx. */
export function codeVersion(): string {
  if (typeof PLAYBOOK_CODE_VERSION === 'string') return PLAYBOOK_CODE_VERSION;
  version ??= SEARCH_CODE.map((dir) => contentVersion(join(project().root, dir))).join('');
  return version;
}
