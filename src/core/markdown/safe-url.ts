/** Which link and image targets content may use (DESIGN.md §6 rule 12), judged the way a browser reads a URL. */

/** What each kind of target may be, as listed in validation messages. */
export const ALLOWED_URLS = {
  link: ['relative paths', '#anchors', 'http(s):', 'mailto:'],
  image: ['relative paths', 'root paths'],
} as const;

const LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

// Browsers drop control characters and spaces around a URL and tabs and newlines inside it before reading the scheme,
// so `java\tscript:` still runs; we drop them everywhere (and their %-escapes), which only ever makes the check stricter.
// eslint-disable-next-line no-control-regex -- control characters are what browsers ignore
const IGNORED = /%(?:[01][0-9a-f]|20|7f)|[\u0000-\u0020\u007f]/gi;

/**
 * True when `url` may be a link target (no scheme, or http, https, mailto) or an image source (no scheme and no
 * `//host`: images come from the project, so nothing is fetched from outside the intranet).
 */
export function isSafeUrl(url: string, kind: keyof typeof ALLOWED_URLS): boolean {
  const plain = url.replace(IGNORED, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(plain)?.[1];
  if (kind === 'link') return scheme === undefined || LINK_SCHEMES.has(scheme);
  // A backslash counts as a slash in web URLs, so `\\host` is as remote as `//host`.
  return scheme === undefined && !/^[\\/]{2}/.test(plain);
}
