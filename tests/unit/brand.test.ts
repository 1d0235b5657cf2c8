/** A company's accent as the site's palette: its inks keep WCAG AA (4.5:1) on light and dark surfaces. */
import { describe, expect, it } from 'vitest';
import { brandStylesheet, contrast, palette } from '../../src/core/brand.ts';

describe('palette', () => {
  it('keeps a dark enough accent as it is on light pages, and lightens it for dark ones', () => {
    const p = palette('#0a7d55');
    expect(p.lightInk).toBe('#0a7d55');
    expect(contrast(p.darkInk, '#1a2029')).toBeGreaterThanOrEqual(4.5);
    expect(p.onAccent).toBe('#ffffff');
  });

  it('darkens a pale accent until text in it reads on white', () => {
    for (const accent of ['#ffd400', '#7fdbff', '#ff851b', '#ffffff']) {
      const p = palette(accent);
      expect(contrast(p.lightInk, '#ffffff'), accent).toBeGreaterThanOrEqual(4.5);
      expect(contrast(p.darkInk, '#1a2029'), accent).toBeGreaterThanOrEqual(4.5);
    }
    expect(palette('#ffd400').lightInk).not.toBe('#ffd400');
  });

  it('writes the palette as custom properties that outrank the stock tokens', () => {
    expect(brandStylesheet('#0A7D55'.toLowerCase())).toMatch(
      /^:root:root \{ --accent: #0a7d55; --accent-ink: #0a7d55;/,
    );
  });
});
