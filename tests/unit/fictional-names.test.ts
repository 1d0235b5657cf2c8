/**
 * Example companies are plainly made up: no name in the content, the example overlay or the README borrows a famous
 * sample database's or a screen company's name (an example called "Northwind Ledger" once shipped).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** Sample databases and vendors' demo companies, then companies from films and television. */
const BORROWED = [
  'Northwind',
  'Contoso',
  'Fabrikam',
  'Adventure ?Works',
  'Wide ?World Importers',
  'Tailspin Toys',
  'Wingtip Toys',
  'Woodgrove',
  'Litware',
  'Proseware',
  'Alpine Ski House',
  'Coho Winery',
  'Trey Research',
  'Sakila',
  'Pagila',
  'Chinook',
  'Classic ?Models',
  'Food ?Mart',
  'Initech',
  'Globex',
  'Umbrella Corp',
  'Hooli',
  'Pied Piper',
  'Dunder Mifflin',
  'Vandelay',
  'Cyberdyne',
  'Weyland',
  'Stark Industries',
  'Wayne Enterprises',
];
const borrowed = new RegExp(`\\b(${BORROWED.join('|')})\\b`, 'i');

/** Every text file under `dir`, as [path, text]. */
const files = (dir: string): [string, string][] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(md|mdx|ya?ml)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .map((path) => [path, readFileSync(path, 'utf8')]);

describe('example companies', () => {
  it('borrow no sample database or screen company name, anywhere an author or reader sees them', () => {
    const texts: [string, string][] = [
      ...files('content'),
      ...files('examples'),
      ['README.md', readFileSync('README.md', 'utf8')],
    ];
    expect(texts.length).toBeGreaterThan(100);
    expect(
      texts.flatMap(([path, text]) => (borrowed.test(text) ? [`${path}: ${text.match(borrowed)![0]}`] : [])),
    ).toEqual([]);
  });

  it('are each named once, and the rule would catch the name that slipped through', () => {
    const names = files('content/profiles').map(([, text]) => (parse(text) as { company: string }).company);
    expect(names.length).toBeGreaterThanOrEqual(5);
    expect(new Set(names).size).toBe(names.length);
    expect(borrowed.test('company: Northwind Ledger')).toBe(true);
    expect(borrowed.test('AdventureWorks')).toBe(true);
    expect(borrowed.test('an umbrella term')).toBe(false);
  });
});
