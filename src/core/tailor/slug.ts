/** Folder-safe slugs from company names: `[a-z0-9-]`, at most 60 characters, never empty. */

/** "Acme Analytics, Inc." → "acme-analytics-inc"; nothing usable → "playbook". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'playbook';
}
