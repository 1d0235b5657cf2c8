/** The URL rule of DESIGN.md §6 rule 12, and the rehype plugin that enforces it on any tree at render time. */
import { describe, expect, it } from 'vitest';
import { h } from 'hastscript';
import type { Root } from 'hast';
import { unified } from 'unified';
import rehypeStringify from 'rehype-stringify';
import rehypeDropUnsafeUrls from '../../src/core/markdown/drop-unsafe-urls.ts';
import { isSafeUrl } from '../../src/core/markdown/safe-url.ts';

describe('isSafeUrl', () => {
  const links: [string, boolean][] = [
    ['../tactics/x/', true],
    ['other.md', true],
    ['#steps', true],
    ['/kb/tactics/', true],
    ['?q=x', true],
    ['', true],
    ['https://example.com/a', true],
    ['HTTP://EXAMPLE.COM', true],
    ['mailto:pm@example.com', true],
    ['//example.com/x', true],
    ['./javascript:alert(1)', true],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    [' \u0001javascript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['java\nscript:alert(1)', false],
    ['java\rscript:alert(1)', false],
    ['java%09script:alert(1)', false],
    ['data:text/html,x', false],
    ['vbscript:msgbox(1)', false],
    ['file:///etc/passwd', false],
    ['tel:+1555', false],
  ];
  it.each(links)('link %j → %s', (url, safe) => expect(isSafeUrl(url, 'link')).toBe(safe));

  const images: [string, boolean][] = [
    ['./images/x.png', true],
    ['../img/x.png', true],
    ['/logo.svg', true],
    ['x.png', true],
    ['http://tracker.example/p.png', false],
    ['https://tracker.example/p.png', false],
    ['//host/x.png', false],
    ['\\\\host/x.png', false],
    ['/\\host/x.png', false],
    [' //host/x.png', false],
    ['data:image/png;base64,AAAA', false],
    ['javascript:alert(1)', false],
  ];
  it.each(images)('image %j → %s', (url, safe) => expect(isSafeUrl(url, 'image')).toBe(safe));
});

describe('rehypeDropUnsafeUrls', () => {
  // Markdown input → HTML is covered by tests/fixtures/render-body-{unsafe-links,remote-images}; these trees no
  // Markdown can produce show that the plugin guards every URL attribute, whoever built the tree.
  it('checks URL attributes in any element, however the tree was made', () => {
    const tree: Root = {
      type: 'root',
      children: [
        h('form', { action: 'javascript:alert(1)' }, [h('button', { formAction: 'JAVASCRIPT:x' }, 'Go')]),
        h('img', { srcSet: './a.png 1x, https://tracker.example/b.png 2x' }),
        h('img', { srcSet: './a.png 1x, ./b.png 2x' }),
        h('svg', [h('a', { xLinkHref: 'javascript:alert(1)' }, 'x')]),
        h('iframe', { src: 'data:text/html,x' }),
        h('a', { href: 'https://example.com/' }, 'ok'),
      ],
    };
    const processor = unified().use(rehypeDropUnsafeUrls).use(rehypeStringify);
    const out = processor.stringify(processor.runSync(tree) as Root);
    expect(out).toBe(
      '<form><button>Go</button></form><img><img srcset="./a.png 1x, ./b.png 2x"><svg><a>x</a></svg><iframe></iframe><a href="https://example.com/">ok</a>',
    );
  });
});
