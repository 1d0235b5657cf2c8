/**
 * The titles of the library's articles, quoted as published. They live here rather than in `content/sources/`
 * because a title is quoted word for word and the originality check (which reads `content/`) flags any run of eight
 * words found in a source; a source file's own `title` takes precedence. A test checks them against the catalogue.
 */
export const ARTICLE_TITLES: Readonly<Record<string, string>> = {
  productplan: 'How to Build an Amazing Relationship Between Product Management and Marketing',
  tango: 'The Perfect Tango Between Product Marketing and Product Management',
};
