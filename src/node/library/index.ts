/** The content library: load, validate, cross-check, look up. */
export { loadLibrary, loadLibraryOnce, type LoadOptions } from './load.ts';
export { Library, type PointRef } from '../../core/library/library.ts';
export type { Entry } from './collections.ts';
export { ValidationError, formatProblem, type Problem } from '../../core/library/problems.ts';
