/** `npm run validate`: loads and cross-checks the content folder without building the site; exit 1 on any problem. */
import { loadLibrary, ValidationError } from '../node/library/index.ts';
import { settings } from '../node/config.ts';

try {
  const lib = loadLibrary();
  console.log(
    `content ok: ${lib.tactics.length} tactics, ${lib.playbooks.length} playbooks, ${lib.situations.length} situations, ` +
      `${lib.sources.length} sources, ${lib.profiles.length} profiles`,
  );
} catch (error) {
  if (!(error instanceof ValidationError)) throw error;
  console.error(error.message);
  console.error(`${error.problems.length} problem(s) in ${settings().contentDir}/`);
  process.exit(1);
}
