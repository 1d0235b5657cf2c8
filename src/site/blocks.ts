/** What a page needs for the content blocks of its body. */
import { COPY_BAR_CLASS } from '../core/markdown/copy-text.ts';

/** Whether a rendered body has templates with copy controls, so its route adds their script (and only then). */
export const hasCopyButtons = (html: string | undefined): boolean =>
  html?.includes(`class="${COPY_BAR_CLASS}"`) ?? false;
