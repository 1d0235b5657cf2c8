/** What the company config puts on every page: its title, organisation, logo, accent, contact and footer links. */
import { readFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { brandStylesheet } from '../core/brand.ts';
import { paths } from '../core/url.ts';
import { settings } from '../node/config.ts';

const TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
};

const logoName = (logo: string) => `logo${extname(logo).toLowerCase()}`;

/** The files under /brand/ the build writes. */
export function brandFiles(): { name: string; body: Uint8Array | string; type: string }[] {
  const { brand, root } = settings();
  return [
    ...(brand.accent ? [{ name: 'accent.css', body: brandStylesheet(brand.accent), type: 'text/css' }] : []),
    ...(brand.logo
      ? [
          {
            name: logoName(brand.logo),
            body: new Uint8Array(readFileSync(resolve(root, brand.logo))),
            type: TYPES[extname(brand.logo).toLowerCase()]!,
          },
        ]
      : []),
  ];
}

/** What the layout shows of the company. */
export interface SiteBrand {
  title: string;
  organisation?: string;
  logo?: string;
  stylesheet?: string;
  contact?: { label: string; url: string };
  footerLinks: { label: string; url: string }[];
}

/** The brand as the layout renders it, with the addresses of its files. */
export function siteBrand(): SiteBrand {
  const { brand } = settings();
  return {
    title: brand.title,
    footerLinks: brand.footerLinks,
    ...(brand.organisation && { organisation: brand.organisation }),
    ...(brand.logo && { logo: paths.asset(`brand/${logoName(brand.logo)}`) }),
    ...(brand.accent && { stylesheet: paths.asset('brand/accent.css') }),
    ...(brand.contact && { contact: brand.contact }),
  };
}
