/** The playbook's stylesheet as the CLI embeds it: the real .css file, plus the page margins for browser printing. */
import { readFileSync } from 'node:fs';
import { PAGE_RULE } from '../../core/render/print-layout.ts';

/** Set by the CLI bundle (an esbuild `define`): the .css file's text, since the file is not beside the bundle. */
declare const PLAYBOOK_CSS: string | undefined;

let css: string | undefined;

/** The contents of `src/core/render/playbook.css` with the `@page` rule of the print layout, read once. */
export function playbookStylesheet(): string {
  const file = () => readFileSync(new URL('../../core/render/playbook.css', import.meta.url), 'utf8');
  css ??= `${typeof PLAYBOOK_CSS === 'string' ? PLAYBOOK_CSS : file()}${PAGE_RULE}\n`;
  return css;
}
