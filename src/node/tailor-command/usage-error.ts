/** A bad flag or flag value: the command prints it with its usage text and exits 2. */
export class UsageError extends Error {}
