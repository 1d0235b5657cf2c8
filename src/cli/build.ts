/** `npm run build`: the site and its downloads, built beside the output and swapped in only when complete. */
import { fileURLToPath } from 'node:url';
import { buildAtomically, BuildError } from '../node/build/atomic-build.ts';
import { siteSteps } from '../node/build/site-steps.ts';
import { ConfigError, settings } from '../node/config.ts';
import { fsErrorLine, isFsError } from '../node/fs-errors.ts';

/**
 * The downloads step beside this script: compiled (dist-cli/build-downloads.mjs, from `npm run build:cli`) when this is
 * the compiled build, else its source under tsx.
 */
const compiled = import.meta.url.endsWith('.mjs');
const downloads = fileURLToPath(new URL(`build-downloads.${compiled ? 'mjs' : 'ts'}`, import.meta.url));

try {
  const { outDir } = settings();
  await buildAtomically(outDir, siteSteps(compiled ? [downloads] : ['--import', 'tsx', downloads]));
  console.log(`build: wrote ${outDir}/`);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`build: ${error.message}`);
    process.exitCode = 2;
  } else if (error instanceof BuildError || isFsError(error)) {
    const message = error instanceof BuildError ? error.message : fsErrorLine(error as NodeJS.ErrnoException);
    console.error(`build: ${message}\nbuild: the earlier site, if any, is unchanged`);
    // exitCode, not exit(): a signal's handler may still be tidying up, and it sets 130/143 itself.
    process.exitCode = 1;
  } else throw error;
}
