/** Nearest-match suggestions for typos in ids, enum values and keys. */
import { editDistance } from '../distance.ts';

/** The closest allowed value when it is close enough to be a plausible typo, else undefined. */
export function nearest(value: string, allowed: readonly string[]): string | undefined {
  const v = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const option of allowed) {
    const d = editDistance(v, option.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [option, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}
