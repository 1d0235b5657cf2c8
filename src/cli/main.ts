#!/usr/bin/env node
/** The `playbook` bin: runs one subcommand, loading only that command's code (the PDF libraries only for tailoring). */

/** A subcommand: what it does, its npm alias, and its module, imported on demand. */
interface Command {
  about: string;
  alias: string;
  load: () => Promise<{ main: (argv: string[]) => Promise<number> }>;
}

const COMMANDS: Record<string, Command> = {
  search: {
    about: "the site's search from the terminal, same index and ranking",
    alias: 'npm run search --',
    load: () => import('./search.ts'),
  },
  tailor: {
    about: 'tailored playbooks (md, html, json, pdf, ics) from org profiles',
    alias: 'npm run playbook --',
    load: () => import('./tailor.ts'),
  },
  validate: {
    about: 'checks the content folders and the config without building',
    alias: 'npm run validate',
    load: () => import('./validate.ts'),
  },
  eval: {
    about: 'search relevance (hit@1, hit@3, MRR@10) beside MiniSearch and fuse.js',
    alias: 'npm run eval:search --',
    load: () => import('./eval.ts'),
  },
};

const NAMES = Object.keys(COMMANDS);

const USAGE = [
  'usage: playbook <command> [options]    (playbook <command> --help: its options)',
  ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(9)} ${c.about} (${c.alias})`),
].join('\n');

/** Runs the subcommand `argv[0]` with the rest; returns the exit code (2 for a missing or unknown command). */
async function main([name, ...rest]: string[]): Promise<number> {
  if (name === '--help' || name === '-h' || name === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (name === undefined) {
    console.error(`playbook: give a command (allowed: ${NAMES.join(', ')})\n${USAGE}`);
    return 2;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    console.error(`playbook: unknown command '${name}' (allowed: ${NAMES.join(', ')})`);
    return 2;
  }
  return (await command.load()).main(rest);
}

// A command that throws has hit a bug: Node prints the stack trace and exits 1.
void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
