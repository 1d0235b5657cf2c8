/** The tailor page in Chromium: form → playbook, shared links and storage, the CLI agreeing with the page, errors, health check, print, a11y. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../src/node/serve.ts';
import { STATEMENTS } from '../../src/core/health/index.ts';
import { readPdf } from '../../src/node/pdf/read.ts';
import { axeViolations, downloadText, clickedSites, sharedBrowser, watchedPage } from '../helpers/browser.ts';
import { runCli } from '../helpers/cli.ts';
import ICAL from 'ical.js';

const work = mkdtempSync(join(tmpdir(), 'playbook-tailor-'));
let browser: Browser;
beforeAll(async () => {
  browser = await sharedBrowser();
});
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Runs the playbook CLI; returns its result and, on success, the tactic ids of playbook.json in order. */
function cli(profileFile: string): {
  status: number | null;
  stderr: string;
  ids: string[];
  json?: { company: string; profile: unknown };
} {
  const out = mkdtempSync(join(work, 'out-'));
  const r = runCli(['tailor', '--profile', profileFile, '--format', 'json', '--out', out]);
  if (r.code !== 0) return { status: r.code, stderr: r.err, ids: [] };
  const [slug] = readdirSync(out).filter((n) => !n.startsWith('.'));
  const json = JSON.parse(readFileSync(join(out, slug!, 'playbook.json'), 'utf8'));
  return {
    status: r.code,
    stderr: r.err,
    json,
    ids: json.phases.flatMap((p: { tactics: { id: string }[] }) => p.tactics.map((t) => t.id)),
  };
}

/** The tactic ids of the rendered playbook, in order (each tactic links to its page; "Your first two weeks" links some again). */
const pageTactics = (page: Page) =>
  page
    .locator('#t-playbook a')
    .evaluateAll((links) => [
      ...new Set(
        links
          .map((a) => new URL((a as HTMLAnchorElement).href).pathname.match(/\/tactics\/([a-z0-9-]+)\/$/)?.[1])
          .filter((id): id is string => Boolean(id)),
      ),
    ]);

/** Rates every statement so that it scores `score` on the healthy-is-high scale. */
async function rateAll(page: Page, score: (id: string) => number) {
  for (const s of STATEMENTS) await page.check(`#t-h-${s.id}-${s.negative ? 6 - score(s.id) : score(s.id)}`);
}

/** The answers a page address holds (after `#`). */
const answersIn = (url: string) => new URLSearchParams(new URL(url).hash.slice(1));

/** Every request URL and Referer header a page sends, to check the answers never leave the browser. */
function recordRequests(page: Page): string[] {
  const sent: string[] = [];
  page.on('request', (r) => sent.push(r.url(), r.headers()['referer'] ?? ''));
  return sent;
}

/** A company name with markup in it: the page must show it as text. */
const COMPANY = 'Acme <b>Analytics</b> & Co';

/** Opens one of the form's optional steps (closed disclosures: `t-health`, `t-more`). */
const openStep = (page: Page, id: string) =>
  page.locator(`#${id}`).evaluate((d) => ((d as HTMLDetailsElement).open = true));

async function fillProfile(page: Page) {
  await openStep(page, 't-more');
  await page.fill('#t-company', COMPANY);
  await page.selectOption('#t-stage', 'scaleup');
  await page.selectOption('#t-reader', 'pmm');
  await page.check('#t-new');
  await page.uncheck('#t-same-leader');
  await page.selectOption('#t-gtm', 'sales-led');
  await page.fill('#t-weeks', '6');
}

async function submitAndWait(page: Page) {
  await page.click('#t-submit');
  await page.locator('#t-playbook h1').waitFor();
}

const axe = async (page: Page, when: string) => expect(await axeViolations(page, when)).toEqual([]);

describe.each(clickedSites())('tailor page built with BASE_PATH=$base', ({ base, dir }) => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(dir, base);
  });
  afterAll(async () => {
    await server?.close();
  });
  const tailorUrl = () => `${server.url}tailor/`;
  let sharedUrl = '';
  let builtIds: string[] = [];

  it('builds the playbook in the page, escapes the profile text, and the CLI agrees with the downloaded profile', async () => {
    const { page, consoleErrors, outsideRequests } = await watchedPage(browser);
    const sent = recordRequests(page);
    await page.goto(tailorUrl());
    await fillProfile(page);
    await openStep(page, 't-health');
    await rateAll(page, (id) => (id.startsWith('communication') ? 2 : 4));
    await page.click('#t-health-apply');
    await expect(page.isChecked('#t-rel-strained')).resolves.toBe(true);
    await expect(page.isChecked('#t-pain-poor-communication')).resolves.toBe(true);
    await page.check('#t-pain-sales-overpromising');
    await submitAndWait(page);

    builtIds = await pageTactics(page);
    expect(builtIds.length).toBeGreaterThan(0);
    await expect(page.locator('#t-playbook h1').textContent()).resolves.toBe(`PM–PMM playbook for ${COMPANY}`);
    expect(await page.locator('#t-playbook b').count()).toBe(0);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('t-result-heading');
    sharedUrl = page.url();
    expect(answersIn(sharedUrl).get('company')).toBe(COMPANY);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#t-yaml')]);
    expect(download.suggestedFilename()).toMatch(/^profile-[a-z0-9-]+\.yaml$/);
    const file = join(work, `page-${base.replaceAll('/', '')}.yaml`);
    await download.saveAs(file);
    // The page and its files carry no command-line instructions (the README has those).
    expect(readFileSync(file, 'utf8')).not.toMatch(/npm run|--profile/);
    expect(await page.locator('body').textContent()).not.toMatch(/npm run/);
    const fromCli = cli(file);
    expect(fromCli.status, fromCli.stderr).toBe(0);
    expect(fromCli.ids).toEqual(builtIds);
    expect(fromCli.json!.company).toBe(COMPANY);
    expect(fromCli.json!.profile).toMatchObject({
      stage: 'scaleup',
      reader: 'pmm',
      relationship: 'strained',
      new_to_company: true,
      reporting: { same_leader: false, leaders_aligned: true },
      go_to_market: 'sales-led',
      upcoming_launch_weeks: 6,
    });

    const [markdown] = await Promise.all([page.waitForEvent('download'), page.click('#t-md')]);
    const md = await downloadText(markdown);
    expect(md).toContain('# PM–PMM playbook for Acme');
    expect(md).toContain(`${server.origin}${base}tactics/${builtIds[0]}/`);

    // The plan starts on the visitor's today, says so, and downloads as a calendar that parses back.
    const now = new Date();
    const today = `${now.getFullYear()}${String(now.getMonth() + 1).padStart(2, '0')}${String(now.getDate()).padStart(2, '0')}`;
    await expect(page.locator('#t-status').textContent()).resolves.toMatch(
      /starting today, [A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2} \d{4}/,
    );
    const [calendar] = await Promise.all([page.waitForEvent('download'), page.click('#t-ics')]);
    expect(calendar.suggestedFilename()).toMatch(/^playbook-[a-z0-9-]+\.ics$/);
    const events = new ICAL.Component(ICAL.parse(await downloadText(calendar))).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(5);
    expect(events.map((v) => v.getFirstPropertyValue('dtstart')?.toString().replaceAll('-', ''))).toContain(today);

    expect(consoleErrors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    expect(sent.filter((s) => /Acme|Analytics/.test(decodeURIComponent(s)))).toEqual([]);
    await page.context().close();
  });

  it('keeps the answers in the address and in this browser: a shared link, a reload and a return visit give the same playbook', async () => {
    expect(sharedUrl).not.toBe('');
    const { page, consoleErrors } = await watchedPage(browser);
    const sent = recordRequests(page);
    await page.goto(sharedUrl);
    await page.locator('#t-playbook h1').waitFor();
    expect(await pageTactics(page)).toEqual(builtIds);
    await expect(page.inputValue('#t-company')).resolves.toBe(COMPANY);
    await expect(page.isChecked('#t-rel-strained')).resolves.toBe(true);
    // The chosen health answers come back too.
    await expect(page.isChecked(`#t-h-${STATEMENTS[0]!.id}-${STATEMENTS[0]!.negative ? 2 : 4}`)).resolves.toBe(true);

    await page.reload();
    await page.locator('#t-playbook h1').waitFor();
    expect(await pageTactics(page)).toEqual(builtIds);

    // A visit without the answers in the address restores them from localStorage and puts them back in the address.
    await page.goto(tailorUrl());
    await page.locator('#t-playbook h1').waitFor();
    expect(await pageTactics(page)).toEqual(builtIds);
    expect(answersIn(page.url()).get('company')).toBe(COMPANY);
    // The answers travel after `#`: neither a request nor its Referer carries them to the server.
    expect(sent.filter((s) => /Acme|Analytics/.test(decodeURIComponent(s)))).toEqual([]);

    // Following the playbook's contents keeps the answers in the address.
    await page.click('#t-playbook ul.contents a >> nth=1');
    expect(answersIn(page.url()).get('company')).toBe(COMPANY);

    await page.click('#t-reset');
    await expect(page.locator('#t-result').isHidden()).resolves.toBe(true);
    await expect(page.inputValue('#t-company')).resolves.toBe('');
    await expect(page.isChecked('#t-same-leader')).resolves.toBe(true);
    expect(new URL(page.url()).hash).toBe('');
    await expect(page.evaluate(() => localStorage.length)).resolves.toBe(0);
    await page.reload();
    await expect(page.inputValue('#t-company')).resolves.toBe('');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('shows the CLI’s own message beside each invalid field, tied to it for screen readers', async () => {
    const { page, consoleErrors } = await watchedPage(browser);
    await page.goto(tailorUrl());
    await page.fill('#t-company', '   ');
    await page.selectOption('#t-stage', 'startup');
    await page.selectOption('#t-reader', 'pm');
    await openStep(page, 't-more');
    await page.fill('#t-weeks', '200');
    await page.click('#t-submit');
    await page.locator('#t-errors').waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('t-errors');

    const yaml = join(work, `invalid-${base.replaceAll('/', '')}.yaml`);
    writeFileSync(
      yaml,
      'company: "   "\nstage: startup\nreader: pm\nnew_to_company: false\nupcoming_launch_weeks: 200\n',
    );
    const fromCli = cli(yaml);
    expect(fromCli.status).toBe(1);
    const cliLines = fromCli.stderr
      .split('\n')
      .filter((l) => l.startsWith(yaml))
      .map((l) => l.replace(/^[^:]+:\d+: /, ''));
    expect(cliLines.length).toBe(3);

    for (const [field, control] of [
      ['company', 't-company'],
      ['upcoming_launch_weeks', 't-weeks'],
      ['relationship', 't-relationship'],
    ] as const) {
      const error = (await page.locator(`#${control}-error`).textContent())!;
      expect(cliLines, field).toContain(error);
      expect(error.startsWith(`${field}: `)).toBe(true);
      await expect(page.getAttribute(`#${control}`, 'aria-invalid')).resolves.toBe('true');
      await expect(page.getAttribute(`#${control}`, 'aria-describedby')).resolves.toContain(`${control}-error`);
    }
    expect(await page.locator('#t-errors li').allTextContents()).toEqual(cliLines);
    await expect(page.locator('#t-result').isHidden()).resolves.toBe(true);
    await axe(page, 'with errors');

    // Following a summary link focuses the field; fixing everything clears the errors.
    await page.click('#t-errors a >> nth=0');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('t-company');
    await page.fill('#t-company', 'Fixed Co');
    await page.fill('#t-weeks', '');
    await page.check('#t-rel-healthy');
    await submitAndWait(page);
    await expect(page.locator('#t-errors').isHidden()).resolves.toBe(true);
    await expect(page.getAttribute('#t-weeks', 'aria-invalid')).resolves.toBeNull();
    await expect(page.getAttribute('#t-weeks', 'aria-describedby')).resolves.toBe('t-weeks-hint');
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('reads the health check live: state and pain points with why, a chart with a text alternative', async () => {
    const { page } = await watchedPage(browser);
    await page.goto(tailorUrl());
    await expect(page.locator('#t-health-details').isHidden()).resolves.toBe(true);
    await page.locator('#t-health summary').click();
    await page.check(`#t-h-${STATEMENTS[0]!.id}-1`);
    await expect(page.locator('#t-health-status').textContent()).resolves.toMatch(
      /1 of \d+ statements rated\. Rate at least one statement in every area/,
    );
    await rateAll(page, () => 1);
    await expect(page.locator('#t-health-status').textContent()).resolves.toMatch(
      /Reading: broken relationship, \d+ pain points/,
    );
    const svg = page.locator('#t-health-chart svg[role="img"]');
    await expect(svg.getAttribute('aria-labelledby')).resolves.toBe('t-health-chart-title');
    await expect(page.locator('#t-health-chart-title').textContent()).resolves.toMatch(
      /^Health check scores: Role clarity 1\.0 of 5; /,
    );
    await expect(page.locator('#t-health-table tbody tr').count()).resolves.toBe(5);
    await expect(page.locator('#t-health-state').textContent()).resolves.toMatch(/broken relationship/);
    await expect(page.locator('#t-health-pains li').first().textContent()).resolves.toMatch(
      /: .+ scores 1\.0 of 5; lowest where you answered “/,
    );
    await axe(page, 'health check');

    await openStep(page, 't-more');
    await page.check('#t-pain-sales-overpromising');
    await page.check('#t-pain-misaligned-metrics');
    await rateAll(page, (id) => (id.startsWith('roles') ? 2 : 5));
    await page.click('#t-health-apply');
    await expect(page.isChecked('#t-rel-strained')).resolves.toBe(true);
    // The check sets the pain points it can name (roles on, metrics off) and leaves the others alone.
    await expect(page.isChecked('#t-pain-unclear-roles')).resolves.toBe(true);
    await expect(page.isChecked('#t-pain-misaligned-metrics')).resolves.toBe(false);
    await expect(page.isChecked('#t-pain-sales-overpromising')).resolves.toBe(true);
    await expect(page.locator('#t-status').textContent()).resolves.toMatch(
      /Relationship set to strained\. .*You can change them below\./,
    );
    await page.context().close();
  });

  it('on a phone: a short first step, the optional steps closed, the result scrolled into view and focused', async () => {
    const { page, consoleErrors } = await watchedPage(browser, { width: 360 });
    await page.goto(tailorUrl());
    const first = page.locator('#tailor-form fieldset.step').first();
    for (const id of ['t-company', 't-stage', 't-reader', 't-rel-strained'])
      await expect(first.locator(`#${id}`).count(), id).resolves.toBe(1);
    for (const step of ['#t-health', '#t-more']) {
      await expect(
        page.locator(step).evaluate((d) => (d as HTMLDetailsElement).open),
        step,
      ).resolves.toBe(false);
      await expect(page.locator(`${step} summary`).isVisible(), step).resolves.toBe(true);
    }
    expect(await page.locator('html').textContent()).not.toMatch(/npm run|--profile/);
    await page.fill('#t-company', 'Phone Co');
    await page.selectOption('#t-stage', 'startup');
    await page.selectOption('#t-reader', 'pmm');
    await page.check('#t-rel-healthy');
    await submitAndWait(page);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('t-result-heading');
    const top = await page.locator('#t-result-heading').evaluate((h) => h.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    expect(await page.locator('html').textContent()).not.toMatch(/npm run|--profile/);
    // An answer restored from the address opens the step that holds it.
    await page.goto('about:blank');
    await page.goto(
      `${tailorUrl()}#${new URLSearchParams({ company: 'Phone Co', stage: 'startup', reader: 'pmm', relationship: 'healthy', upcoming_launch_weeks: '4' })}`,
    );
    await page.locator('#t-playbook h1').waitFor();
    await expect(page.locator('#t-more').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    await expect(page.locator('#t-health').evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('works from the keyboard and passes axe before and after building', async () => {
    const { page, consoleErrors, outsideRequests } = await watchedPage(browser);
    await page.goto(tailorUrl());
    await axe(page, 'empty form');
    await page.focus('#t-company');
    await page.keyboard.type('Keyboard Co');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('t-stage');
    await page.selectOption('#t-stage', 'enterprise');
    await page.selectOption('#t-reader', 'executive');
    await page.focus('#t-rel-healthy');
    await page.keyboard.press('Space');
    await page.focus('#t-company');
    await page.keyboard.press('Enter');
    await page.locator('#t-playbook h1').waitFor();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('t-result-heading');
    await axe(page, 'with playbook');
    expect(consoleErrors).toEqual([]);
    expect(outsideRequests).toEqual([]);
    await page.context().close();
  });

  it('prints the playbook alone, styled like the CLI’s PDF', async () => {
    const { page } = await watchedPage(browser);
    // A hand-written link works as well as one the page wrote.
    await page.goto(
      `${tailorUrl()}#${new URLSearchParams({ company: COMPANY, stage: 'enterprise', reader: 'pm-leader', relationship: 'broken' })}`,
    );
    await page.locator('#t-playbook h1').waitFor();
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['#tailor-form', '.site-header', '.site-footer', '#t-print'])
      await expect(page.locator(hidden).isVisible(), hidden).resolves.toBe(false);
    await expect(page.locator('h1', { hasText: 'Tailor your playbook' }).isVisible()).resolves.toBe(false);
    await expect(page.locator('#t-playbook h1').isVisible(), 'playbook title').resolves.toBe(true);
    await expect(page.locator('#t-playbook ul.contents').isVisible(), 'contents').resolves.toBe(true);
    // The CLI's cover style: 26pt title.
    expect(parseFloat(await page.locator('#t-playbook h1').evaluate((h) => getComputedStyle(h).fontSize))).toBeCloseTo(
      (26 * 4) / 3,
      2,
    );
    const pdf = await readPdf(await page.pdf({ format: 'A4' }));
    expect(pdf.pages.length).toBeGreaterThan(3);
    expect(pdf.pages[0]!.replace(/\s+/g, ' ')).toContain(`PM–PMM playbook for ${COMPANY}`);
    expect(pdf.pages.join('\n')).not.toMatch(/Build my playbook|Relationship health check|Skip to content/);
    await page.context().close();
  });

  it('loads the engine only when needed (measured, not timed)', async () => {
    const { page } = await watchedPage(browser);
    const loaded: { url: string; raw: number; gzip: number }[] = [];
    page.on('response', async (response) => {
      const type = response.request().resourceType();
      if (type !== 'script' && !response.url().endsWith('.json')) return;
      const body = await response.body();
      loaded.push({ url: response.url(), raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
    });
    await page.goto(tailorUrl());
    await page.waitForLoadState('networkidle');
    const atLoad = [...loaded];
    expect(atLoad.every((r) => r.url.endsWith('.js'))).toBe(true);
    // The page's script and the DOM helper it shares with the search page (its own chunk); never the engine yet.
    expect(atLoad.length).toBeLessThanOrEqual(2);
    expect(atLoad.filter((r) => /\/(engine|document|downloads)\.[^/]*\.js$/.test(r.url))).toEqual([]);
    await fillProfile(page);
    await page.check('#t-rel-broken');
    await submitAndWait(page);
    await page.waitForLoadState('networkidle');
    const first = await page.evaluate(() => performance.getEntriesByName('tailor-submit-to-render').at(-1)!.duration);
    await page.click('#t-submit');
    await page.waitForFunction(() => performance.getEntriesByName('tailor-submit-to-render').length === 2);
    const again = await page.evaluate(() => performance.getEntriesByName('tailor-submit-to-render').at(-1)!.duration);
    const sum = (rows: typeof loaded, key: 'raw' | 'gzip') =>
      rows.filter((r) => r.url.endsWith('.js')).reduce((n, r) => n + r[key], 0);
    const data = loaded.find((r) => r.url.endsWith('tailor/data.json'))!;
    expect(data).toBeDefined();
    const afterSubmit = [...loaded];
    await Promise.all([page.waitForEvent('download'), page.click('#t-yaml')]);
    await expect.poll(() => loaded.length).toBeGreaterThan(afterSubmit.length);
    const downloads = loaded.slice(afterSubmit.length);

    // Cold: a shared link opened in a fresh page fetches the engine and the data, then builds.
    const cold = await watchedPage(browser);
    await cold.page.goto(
      `${tailorUrl()}#${new URLSearchParams({ company: 'Cold Co', stage: 'startup', reader: 'pm', relationship: 'strained' })}`,
    );
    await cold.page.waitForFunction(() => performance.getEntriesByName('tailor-submit-to-render').length === 1);
    const coldMs = await cold.page.evaluate(() => performance.getEntriesByName('tailor-submit-to-render')[0]!.duration);
    await cold.page.context().close();
    console.log(
      `[tailor ${base}] JS at load: ${sum(atLoad, 'raw')} B raw, ${sum(atLoad, 'gzip')} B gzip; ` +
        `JS after submit: ${sum(afterSubmit, 'raw')} B raw, ${sum(afterSubmit, 'gzip')} B gzip (${afterSubmit.filter((r) => r.url.endsWith('.js')).length} files); ` +
        `+ on first download: ${sum(downloads, 'raw')} B raw, ${sum(downloads, 'gzip')} B gzip; ` +
        `data.json: ${data.raw} B raw, ${data.gzip} B gzip; ` +
        `submit→render: ${first.toFixed(1)} ms first (engine fetched on focus), ${again.toFixed(1)} ms again, ${coldMs.toFixed(1)} ms cold from a shared link (engine + data fetched)`,
    );
    await page.context().close();
  });
});
