/** The library the pages are built from: the CLIs' loader, so the site and the commands apply one set of rules. */
import { loadLibraryOnce } from '../node/library/index.ts';
import type { Library } from '../core/library/library.ts';

/** The validated library, loaded once per build. */
export const library = (): Library => loadLibraryOnce();
