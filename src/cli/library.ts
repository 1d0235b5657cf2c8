/** The validated library for the search and eval commands: a bad setting exits 2, content that does not validate 1. */
import { loadLibrary, ValidationError, type Library } from '../node/library/index.ts';
import { ConfigError, settings } from '../node/config.ts';
import { Exit, exitWithUsage } from './common.ts';

/** The validated library; on content problems prints them and ends the command with exit 1. */
export function loadLibraryOrExit(command: string): Library {
  try {
    return loadLibrary();
  } catch (error) {
    if (error instanceof ConfigError) exitWithUsage(command, '', error.message);
    if (!(error instanceof ValidationError)) throw error;
    console.error(`${error.message}\n${command}: the library does not validate; fix ${settings().contentDir}/ first`);
    throw new Exit(1);
  }
}
