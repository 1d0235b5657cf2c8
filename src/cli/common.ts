/** What the search and eval commands share: usage errors exit 2, a library that does not validate exits 1. */
import { loadLibrary, ValidationError, type Library } from '../node/library/index.ts';
import { ConfigError, settings } from '../node/config.ts';

/** Prints the problem and the usage text, then exits 2. */
export function exitWithUsage(command: string, usage: string, message: string): never {
  console.error(`${command}: ${message}\n${usage}`);
  process.exit(2);
}

/** The validated library; on content problems prints them and exits 1. */
export function loadLibraryOrExit(command: string): Library {
  try {
    return loadLibrary();
  } catch (error) {
    if (error instanceof ConfigError) exitWithUsage(command, '', error.message);
    if (!(error instanceof ValidationError)) throw error;
    console.error(`${error.message}\n${command}: the library does not validate; fix ${settings().contentDir}/ first`);
    process.exit(1);
  }
}
