/** Progress of a batch: a counter redrawn in place on a terminal, plain lines otherwise. */

/** What the command reports while it works. */
export interface Progress {
  step(i: number, n: number, name: string): void;
  wrote(dir: string, formats: readonly string[]): void;
  done(): void;
}

/** Progress on stderr (the counter) and stdout (one line per folder written). */
export function progressLogger(stream = process.stderr): Progress {
  const tty = Boolean(stream.isTTY);
  return {
    step(i, n, name) {
      if (tty && n > 1) stream.write(`\r\x1b[2K[${i}/${n}] ${name.slice(0, 60)}`);
    },
    wrote(dir, formats) {
      if (tty) stream.write('\r\x1b[2K');
      console.log(`wrote ${dir}/ (${formats.join(', ')})`);
    },
    done() {
      if (tty) stream.write('\r\x1b[2K');
    },
  };
}
