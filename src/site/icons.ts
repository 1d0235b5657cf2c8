/** Build time: Lucide icons (lucide-static) read from their SVG files and inlined, so pages fetch no icon at run time. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { settings } from '../node/config.ts';

/** The kinds of thing the site shows, each with its own icon and label. */
export type Kind = 'situation' | 'tactic' | 'playbook' | 'template' | 'example' | 'source';

/** What each kind is called on a card or above a title. */
export const KIND_LABELS: Record<Kind, string> = {
  situation: 'Situation',
  tactic: 'Tactic',
  playbook: 'Playbook',
  template: 'Template',
  example: 'Example playbook',
  source: 'Source',
};

/** Icon names the site uses, mapped to Lucide's file names. */
const LUCIDE = {
  situation: 'compass',
  tactic: 'target',
  playbook: 'book-open',
  template: 'table-2',
  example: 'building-2',
  source: 'quote',
  menu: 'menu',
  search: 'search',
  who: 'user-round',
  effort: 'gauge',
  time: 'clock',
  phase: 'milestone',
  room: 'users-round',
  prepare: 'clipboard-list',
  results: 'trending-up',
  fits: 'puzzle',
} as const;

/** An icon the site can show. */
export type IconName = keyof typeof LUCIDE;

const cache = new Map<IconName, string>();

/**
 * The icon as inline SVG markup, hidden from assistive technology (its text label always sits beside it). The
 * licence comment and the fixed 24 px size are dropped: the CSS sizes icons to the text (1em).
 */
export function iconSvg(name: IconName): string {
  let svg = cache.get(name);
  if (!svg) {
    // Resolved from the project root, not from this module: Astro runs page code from a bundle elsewhere.
    const require = createRequire(join(settings().root, 'package.json'));
    const pkg = require.resolve('lucide-static/package.json');
    const file = join(dirname(pkg), 'icons', `${LUCIDE[name]}.svg`);
    svg = readFileSync(file, 'utf8')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/\s+/g, ' ')
      .replace(/<svg[^>]*>/, (open) =>
        open
          .replace(/\s(width|height|class)="[^"]*"/g, '')
          .replace('<svg', `<svg class="icon icon-${name}" aria-hidden="true" focusable="false"`),
      )
      .replace(/>\s+</g, '><')
      .trim();
    cache.set(name, svg);
  }
  return svg;
}
