/** File-system errors as one line a person can act on, instead of a stack trace. */

/** What each error code means for the path it names, and what to do about it. */
const ADVICE: Record<string, string> = {
  ENOENT: 'not found',
  ELOOP: 'is a loop of symbolic links; point it at a real file or folder',
  EISDIR: 'is a folder where a file was expected',
  ENOTDIR: 'has a file where a folder should be in its path',
  EEXIST: 'already exists; remove it or choose another name',
  EACCES: 'permission denied; check its permissions or choose another place',
  EPERM: 'not permitted; check its permissions or choose another place',
  EROFS: 'is on a read-only file system; choose a writable place',
  ENOSPC: 'no space left on the disk; free some space or choose another place',
  EDQUOT: 'the disk quota is used up; free some space or choose another place',
  EMFILE: 'too many open files; close some programs and try again',
  ENFILE: 'too many open files; close some programs and try again',
  ENAMETOOLONG: 'the path is too long; choose a shorter one',
  EBUSY: 'is busy (in use by another program); try again',
  EIO: 'input/output error from the disk; check the disk',
  EINVAL: 'is not a path this file system accepts; choose another name',
};

/** True for an error the file system raised (it carries a code such as ENOENT). */
export function isFsError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && 'syscall' in error;
}

/** The problem in words with its code, e.g. `is a loop of symbolic links; point it … (ELOOP)`. */
export function fsAdvice(error: NodeJS.ErrnoException): string {
  const code = error.code ?? 'EUNKNOWN';
  return `${ADVICE[code] ?? error.message.replace(/^[A-Z]+: /, '')} (${code})`;
}

/** One line naming the path and the problem: `cannot write out/x: no space left … (ENOSPC)`. */
export function fsErrorLine(error: NodeJS.ErrnoException & { dest?: string }, doing = 'cannot write'): string {
  return `${doing} ${error.path ?? error.dest ?? '(unknown path)'}: ${fsAdvice(error)}`;
}
