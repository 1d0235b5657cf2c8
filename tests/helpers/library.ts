/**
 * The project's own library (content/), loaded and validated once per test process: the same loader as
 * `loadLibrary()`, cached by `loadLibraryOnce()`. Files that only read the library share it (see vitest.config.ts:
 * they run in one process); the tests of the loader itself still call `loadLibrary()` on their own fixtures.
 */
import { loadLibraryOnce, type Library } from '../../src/node/library/index.ts';

/** The validated library of content/ (loaded on the first call in this process). */
export const projectLibrary = (): Library => loadLibraryOnce();
