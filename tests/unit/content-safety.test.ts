/** Content is data, never code (DESIGN.md §6 rule 12): unsafe links and remote images fail validation, and no renderer emits them. */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLibrary, ValidationError, type Library } from '../../src/node/library/index.ts';
import { renderBody } from '../../src/core/markdown/render-body.ts';
import { renderHtml, renderHtmlFragment, renderJson, renderMarkdown } from '../../src/core/render/index.ts';
import { profileSchema } from '../../src/core/schema/index.ts';
import { tailor } from '../../src/core/tailor/index.ts';
import { executableMarkup } from '../helpers/html-safety.ts';
import { validFiles, writeFixture } from '../helpers/fixture-library.ts';
import { runCli } from '../helpers/cli.ts';
import { playbookStylesheet } from '../../src/node/pdf/stylesheet.ts';

let cleanup = () => {};
afterEach(() => cleanup());

const TACTIC = 'content/tactics/listen-first.md';
const PLAYBOOK = 'content/playbooks/listening-tour.md';
const LINKS = '(allowed: relative paths, #anchors, http(s):, mailto:)';
const IMAGES = '; images must come from the project (allowed: relative paths, root paths)';

/** The fixture tactic with `lines` added under "Why it works"; returns the file text. */
const withLines = (...lines: string[]) =>
  validFiles()[TACTIC]!.replace('## Why it works\nBecause.\n', `## Why it works\nBecause.\n${lines.join('\n')}\n`);

/** The file line holding `needle` (1-based), so expectations name the line an author would open. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** Loads the fixture with changes; returns the formatted problems (empty when valid) and the library when valid. */
function load(changes: Record<string, string | null>): { problems: string[]; lib?: Library } {
  const fixture = writeFixture(changes);
  cleanup = fixture.cleanup;
  try {
    return { problems: [], lib: loadLibrary({ root: fixture.root }) };
  } catch (error) {
    if (error instanceof ValidationError) return { problems: error.message.split('\n') };
    throw error;
  }
}

describe('validation of link targets and image sources', () => {
  const hostile: [string, string, string][] = [
    [
      'a javascript: link',
      'Run [this](javascript:alert(document.domain)).',
      "link target 'javascript:alert(document.domain)'",
    ],
    ['a mixed-case scheme', 'Run [this](JaVaScRiPt:alert(1)).', "link target 'JaVaScRiPt:alert(1)'"],
    [
      'a tab written as a character reference',
      'Run [this](java&#x09;script:alert(1)).',
      "link target 'java\\tscript:alert(1)'",
    ],
    ['a literal tab inside <…>', 'Run [this](<java\tscript:alert(1)>).', "link target 'java\\tscript:alert(1)'"],
    [
      'leading spaces and a newline reference',
      'Run [this](<  jav&#10;ascript:alert(1)>).',
      "link target '  jav\\nascript:alert(1)'",
    ],
    ['a data: link', 'Open [it](data:text/html,<b>x</b>).', "link target 'data:text/html,<b>x</b>'"],
    ['a vbscript: link', 'Run [it](vbscript:msgbox(1)).', "link target 'vbscript:msgbox(1)'"],
    ['an autolink', 'Run <javascript:alert(1)> now.', "link target 'javascript:alert(1)'"],
    ['a file: link', 'See [the share](file:///etc/passwd).', "link target 'file:///etc/passwd'"],
  ];
  it.each(hostile)('rejects %s, naming file:line', (_, line, target) => {
    const text = withLines(line);
    expect(load({ [TACTIC]: text }).problems).toEqual([
      `${TACTIC}:${lineOf(text, line)}: body: ${target} is not allowed ${LINKS}`,
    ]);
  });

  it('names the real file line (frontmatter counted), not the body line', () => {
    const text = withLines('Run [this](javascript:alert(document.domain)).');
    expect(lineOf(text, 'javascript:')).toBe(25);
    expect(load({ [TACTIC]: text }).problems[0]).toBe(
      `${TACTIC}:25: body: link target 'javascript:alert(document.domain)' is not allowed ${LINKS}`,
    );
  });

  it('rejects a reference-style definition, on the definition line', () => {
    const text = withLines('Read [the notes][notes] first.', '', '[notes]: javascript:alert(1)');
    expect(load({ [TACTIC]: text }).problems).toEqual([
      `${TACTIC}:${lineOf(text, '[notes]:')}: body: link target 'javascript:alert(1)' is not allowed ${LINKS}`,
    ]);
  });

  it('rejects an unused definition too (the first reference would make it live)', () => {
    const text = withLines('', '[spare]: vbscript:msgbox(1)');
    expect(load({ [TACTIC]: text }).problems).toEqual([
      `${TACTIC}:${lineOf(text, '[spare]:')}: body: link target 'vbscript:msgbox(1)' is not allowed ${LINKS}`,
    ]);
  });

  const images: [string, string, string][] = [
    ['remote http image', '![pixel](http://tracker.example/p.png)', 'http://tracker.example/p.png'],
    ['remote https image', '![pixel](https://tracker.example/p.png)', 'https://tracker.example/p.png'],
    ['protocol-relative image', '![pixel](//host/x.png)', '//host/x.png'],
    ['backslash protocol-relative image', String.raw`![pixel](\\\\host/x.png)`, String.raw`\\host/x.png`],
    ['data: image', '![pixel](data:image/svg+xml,abc)', 'data:image/svg+xml,abc'],
  ];
  it.each(images)('rejects a %s', (_, line, src) => {
    const text = withLines(line);
    expect(load({ [TACTIC]: text }).problems).toEqual([
      `${TACTIC}:${lineOf(text, line)}: body: image source '${src}' is not allowed${IMAGES}`,
    ]);
  });

  it('judges a definition used by an image as an image source', () => {
    const text = withLines('![pixel][px]', '', '[px]: https://tracker.example/p.png');
    expect(load({ [TACTIC]: text }).problems).toEqual([
      `${TACTIC}:${lineOf(text, '[px]:')}: body: image source 'https://tracker.example/p.png' is not allowed${IMAGES}`,
    ]);
  });

  it('checks playbook bodies as well, with their file line', () => {
    const text = validFiles()[PLAYBOOK]!.replace('Intro.\n', 'Intro with [a trap](javascript:alert(1)).\n');
    expect(load({ [PLAYBOOK]: text }).problems).toEqual([
      `${PLAYBOOK}:${lineOf(text, 'a trap')}: body: link target 'javascript:alert(1)' is not allowed ${LINKS}`,
    ]);
  });

  it('reports every unsafe target of a file, in order', () => {
    const text = withLines('[a](javascript:1) and ![b](//x/y.png)', '[c](vbscript:2)');
    expect(load({ [TACTIC]: text }).problems.map((p) => p.split(': body: ')[1]!.split(' is not')[0])).toEqual([
      "link target 'javascript:1'",
      "image source '//x/y.png'",
      "link target 'vbscript:2'",
    ]);
  });

  it('accepts relative paths, #anchors, http(s):, mailto: and images from the project', () => {
    const text = withLines(
      'See [a tactic](../tactics/reset-together/), [a file](other.md), [below](#steps) and [the top](/).',
      'Read [the article](https://example.com/a?b=c#d), [an old one](http://example.com), [mail us](mailto:pm@example.com).',
      'Plain <https://example.com/auto> and www.example.com work, and so does [a ref][ok].',
      '![diagram](./images/diagram.png) ![logo](/logo.svg) ![up](../img/x.png)',
      '',
      '[ok]: https://example.com/ref',
    );
    const { problems, lib } = load({ [TACTIC]: text });
    expect(problems).toEqual([]);
    expect(lib!.tactics).toHaveLength(2);
  });

  it('makes `npm run validate` exit 1 with the file:line message', { timeout: 30_000 }, () => {
    const fixture = writeFixture({ [TACTIC]: withLines('Run [this](javascript:alert(document.domain)).') });
    cleanup = fixture.cleanup;
    // The compiled bin, which `npm run validate` runs.
    const r = runCli(['validate'], {
      CONTENT_DIR: `${fixture.root}/content`,
      ADVICE_POINTS: `${fixture.root}/advice-points.yaml`,
    });
    expect(r.code, r.err).toBe(1);
    expect(r.err).toContain(
      `listen-first.md:25: body: link target 'javascript:alert(document.domain)' is not allowed ${LINKS}`,
    );
  });
});

describe('renderers never emit an unsafe href or src', () => {
  it('renderBody drops javascript:, data: and vbscript: hrefs and remote image sources, keeping the text', () => {
    const { html } = renderBody(
      '[a](javascript:alert(1)) [b](java&#x09;script:x) [c](data:text/html,x) [d](vbscript:x) [e](#ok) ![f](//host/x.png) ![g](./g.png)',
    );
    expect(html).toBe(
      '<p><a>a</a> <a>b</a> <a>c</a> <a>d</a> <a href="#ok">e</a> <img alt="f"> <img src="./g.png" alt="g"></p>',
    );
  });

  it('renderHtml drops an unsafe link that reached a plan by another road (validation bypassed)', () => {
    const { lib } = load({});
    const profile = profileSchema.parse({
      company: 'Trap Co',
      stage: 'startup',
      reader: 'pmm',
      relationship: 'strained',
    });
    const plan = tailor(profile, lib!, {
      date: '2026-01-01',
      contentVersion: 'test',
      link: () => 'javascript:alert(1)',
    });
    for (const html of [renderHtml(plan, { css: playbookStylesheet() }), renderHtmlFragment(plan)]) {
      expect(html).not.toMatch(/javascript:/i);
      expect(executableMarkup(html)).toEqual([]);
    }
  });
});

describe('raw HTML in a step', () => {
  const STEPS = '1. Do one thing.\n2. Do another.\n';
  const hostileSteps =
    '1. Send the note <b>before</b> the meeting <script>alert(1)</script> and wait.\n' +
    '2. <script>alert(document.domain)</script>\n' +
    '3. Follow up <img src=x onerror=alert(1)> in person.\n';

  it('is dropped from the md, html and json of a tailored plan, not shown as escaped text', () => {
    const { problems, lib } = load({ [TACTIC]: validFiles()[TACTIC]!.replace(STEPS, hostileSteps) });
    expect(problems).toEqual([]);
    expect(lib!.steps(lib!.tactic('listen-first'))).toEqual([
      'Send the note before the meeting alert(1) and wait.',
      'Follow up in person.',
    ]);
    const profile = profileSchema.parse({
      company: 'Step Co',
      stage: 'startup',
      reader: 'pmm',
      relationship: 'strained',
    });
    const plan = tailor(profile, lib!, { date: '2026-01-01', contentVersion: 'test' });
    expect(plan.phases.flatMap((p) => p.tactics.map((t) => t.id))).toContain('listen-first');
    const outputs = {
      md: renderMarkdown(plan),
      html: renderHtml(plan, { css: playbookStylesheet() }),
      fragment: renderHtmlFragment(plan),
      json: renderJson(plan),
    };
    for (const [format, text] of Object.entries(outputs)) {
      expect(text, format).toContain('Send the note before the meeting alert(1) and wait.');
      expect(text, format).toContain('Follow up in person.');
      expect(text, format).not.toMatch(/<\/?(b|script|img)\b|&lt;|&#x3C;|\\<|onerror/i);
    }
    expect(executableMarkup(outputs.html)).toEqual([]);
  });
});

describe('the standalone HTML playbook', () => {
  it('carries a CSP that lets nothing load or run but its inline stylesheet', () => {
    const { lib } = load({});
    const profile = profileSchema.parse({
      company: 'Csp Co',
      stage: 'startup',
      reader: 'pmm',
      relationship: 'healthy',
    });
    const html = renderHtml(tailor(profile, lib!, { date: '2026-01-01', contentVersion: 'test' }), {
      css: playbookStylesheet(),
    });
    const head = fromHtml(html).children.find((n): n is Element => n.type === 'element')!.children[0] as Element;
    const tags = head.children.filter((n): n is Element => n.type === 'element');
    // A CSP <meta> only governs what comes after it, so it must precede the stylesheet.
    const csp = tags.findIndex((t) => t.properties.httpEquiv?.toString() === 'content-security-policy');
    expect(csp).toBeGreaterThanOrEqual(0);
    expect(csp).toBeLessThan(tags.findIndex((t) => t.tagName === 'style'));
    expect(tags[csp]!.properties.content).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
    );
  });
});
