/** The content library: load, validate, cross-check, look up. */
export { loadLibrary, loadLibraryOnce } from './load.ts';
export { Library } from '../../core/library/library.ts';
export { ValidationError, type Problem } from '../../core/library/problems.ts';
