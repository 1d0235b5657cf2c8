/**
 * A company's accent colour as the site's palette: the colour itself where it reads well, and a darker (or, on dark
 * backgrounds, lighter) ink where text or a button would otherwise fall below WCAG AA contrast (4.5:1).
 */

type Rgb = [number, number, number];

const parse = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const hex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** Relative luminance (WCAG 2). */
function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The WCAG contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(parse(a)), luminance(parse(b))].sort((m, n) => n - m) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

/** Mixes `from` toward `to` in steps until it reaches `ratio` against `background`. */
function until(from: string, to: string, background: string, ratio: number): string {
  const [a, b] = [parse(from), parse(to)];
  for (let t = 0; t <= 1; t += 0.02) {
    const mixed = hex(a.map((c, i) => c + (b[i]! - c) * t) as Rgb);
    if (contrast(mixed, background) >= ratio) return mixed;
  }
  return to;
}

/** The custom properties the site's tokens derive from: light and dark inks that keep AA on their surfaces. */
export interface Palette {
  accent: string;
  lightInk: string;
  onAccent: string;
  darkInk: string;
}

/** Light surfaces are near white and dark ones near #1a2029 (src/styles/tokens.css). */
export function palette(accent: string): Palette {
  const lightInk = until(accent, '#000000', '#ffffff', 4.6);
  const darkInk = until(accent, '#ffffff', '#1a2029', 4.6);
  const onAccent = contrast(lightInk, '#ffffff') >= 4.5 ? '#ffffff' : '#0d1420';
  return { accent, lightInk, onAccent, darkInk };
}

/** The stylesheet that puts the palette in force (`:root:root` outranks the site's own tokens wherever it is linked). */
export function brandStylesheet(accent: string): string {
  const p = palette(accent);
  return [
    `:root:root { --accent: ${p.accent}; --accent-ink: ${p.lightInk}; --accent-fill: ${p.lightInk}; --on-accent: ${p.onAccent}; }`,
    `@media (prefers-color-scheme: dark) { :root:root { --accent-ink: ${p.darkInk}; --accent-fill: ${p.darkInk}; --on-accent: #0d1420; } }`,
    '',
  ].join('\n');
}
