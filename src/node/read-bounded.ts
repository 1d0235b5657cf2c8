/** Reads an input file without trusting it: regular files only, never more than a cap, never blocking on a pipe. */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { fsAdvice, isFsError } from './fs-errors.ts';

/** What a path is when it is not a regular file, in words. */
function kindOf(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

const kb = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

/** The file's bytes, or why it was not read; `what` names the expected content in messages (e.g. "a profile"). */
export function readBounded(path: string, cap: number, what: string): { bytes: Uint8Array } | { problem: string } {
  const notRegular = (kind: string) => ({ problem: `is ${kind}, not a regular file: expected ${what} file` });
  const tooLarge = (size: string) => ({ problem: `is ${size}; ${what} is at most ${kb(cap)}: is it the right file?` });
  try {
    // stat first: opening a FIFO for reading would wait for a writer, and a device never ends.
    const kind = kindOf(statSync(path));
    if (kind) return notRegular(kind);
    // O_NONBLOCK: should the path become a FIFO between stat and open, open returns at once.
    const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const stats = fstatSync(fd);
      const swapped = kindOf(stats);
      if (swapped) return notRegular(swapped);
      if (stats.size > cap) return tooLarge(kb(stats.size));
      // One byte more than the cap tells a file that grew (or lied about its size) from one that fits.
      let buffer = Buffer.alloc(Math.min(stats.size, cap) + 1);
      let length = 0;
      for (let n = -1; n !== 0 && length <= cap;) {
        n = readSync(fd, buffer, length, buffer.length - length, null);
        length += n;
        if (length === buffer.length && length <= cap) buffer = Buffer.concat([buffer], cap + 1);
      }
      return length > cap ? tooLarge(`over ${kb(cap)}`) : { bytes: buffer.subarray(0, length) };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    if (isFsError(error)) return { problem: fsAdvice(error) };
    throw error;
  }
}
