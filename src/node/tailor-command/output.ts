/** Puts the plans' folders into `--out`: staged aside, moved in one by one, never over a folder playbook did not write. */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { whyNotOurs, writeManifest } from '../manifest.ts';
import { removeOwn, replaceDir } from '../replace-dir.ts';
import { onInterrupt } from '../signals.ts';
import { fsErrorLine, isFsError } from '../fs-errors.ts';
import type { TailorOptions } from './flags.ts';
import type { Progress } from './progress.ts';
import { asideName, recoverOutput, stagingPrefix } from './recover.ts';
import { stagePlans, type Batch } from './stage.ts';

/** Writes every plan's folder; returns the exit code (0 written, 1 refused or failed, with the reason on stderr). */
export async function writeOutput(batch: Batch, options: TailorOptions, log: Progress): Promise<number> {
  const { out, formats } = options;
  let staging: string | undefined;
  let moved = 0;
  const cleanup = () => {
    if (staging) removeOwn(staging);
  };
  const stopHandlingSignals = onInterrupt(cleanup);
  try {
    mkdirSync(out, { recursive: true });
    recoverOutput(out);
    const slugs = batch.items.map((item) => item.slug);
    const refused = refusals(out, slugs);
    if (refused.length) return report(refused, 0);
    staging = mkdtempSync(join(out, stagingPrefix()));
    writeManifest(staging, 'staging');
    await stagePlans(batch, { ...options, staging }, log);
    for (const slug of slugs) {
      const target = join(out, slug);
      // Checked again at the move: the folder may have changed while the batch was printing.
      const refusedNow = refusals(out, [slug]);
      if (refusedNow.length) return report(refusedNow, moved);
      replaceDir(target, join(staging, slug), join(out, asideName(slug)));
      moved++;
      log.wrote(target, formats);
    }
    return 0;
  } catch (error) {
    if ((error as Error).name === 'BrowserNotFoundError')
      return report([`cannot print PDFs: ${(error as Error).message}`], moved);
    if (isFsError(error)) return report([fsErrorLine(error)], moved);
    throw error;
  } finally {
    cleanup();
    stopHandlingSignals();
    log.done();
  }
}

/** One line per company folder that exists but is not playbook's to replace. */
function refusals(out: string, slugs: string[]): string[] {
  return slugs.flatMap((slug) => {
    const why = whyNotOurs(join(out, slug));
    return why ? [`${join(out, slug)} exists and ${why}; choose another --out or remove it yourself`] : [];
  });
}

function report(lines: string[], moved: number): number {
  for (const line of lines) console.error(`playbook: ${line}`);
  console.error(
    moved
      ? `playbook: stopped after writing ${moved} folder(s); the others are as they were`
      : 'playbook: nothing written',
  );
  return 1;
}
