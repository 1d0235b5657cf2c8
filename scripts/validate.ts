/** `npm run validate`: loads and cross-checks content/ without building the site; exit 1 on any problem. */
import { loadLibrary, ValidationError } from '../src/lib/library/index.ts';

try {
  const lib = loadLibrary();
  console.log(
    `content ok: ${lib.tactics.length} tactics, ${lib.playbooks.length} playbooks, ${lib.situations.length} situations, ` +
      `${lib.sources.length} sources, ${lib.profiles.length} profiles`,
  );
} catch (error) {
  if (!(error instanceof ValidationError)) throw error;
  console.error(error.message);
  console.error(`${error.problems.length} problem(s) in content/`);
  process.exit(1);
}
