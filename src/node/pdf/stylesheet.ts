/** The playbook's stylesheet as the CLI embeds it: the real .css file, plus the page margins for browser printing. */
import { readFileSync } from 'node:fs';
import { PAGE_RULE } from '../../core/render/print-layout.ts';

let css: string | undefined;

/** The contents of `src/core/render/playbook.css` with the `@page` rule of the print layout, read once. */
export function playbookStylesheet(): string {
  css ??= `${readFileSync(new URL('../../core/render/playbook.css', import.meta.url), 'utf8')}${PAGE_RULE}\n`;
  return css;
}
