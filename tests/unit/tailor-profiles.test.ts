/**
 * The judged profiles of tests/profiles (written from the seeds alone, each with the advice its plan must and
 * must not cite) and the plan's contracts: every named pain answered, launch rules, dated windows that never
 * overlap, reasons that read as advice, a calendar that parses back, and byte-identical files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { projectLibrary } from '../helpers/library.ts';
import { profileSchema } from '../../src/core/schema/index.ts';
import { tailor, type Plan } from '../../src/core/tailor/index.ts';
import { renderIcs, renderJson, renderMarkdown } from '../../src/core/render/index.ts';

const lib = projectLibrary();
const DIR = 'tests/profiles';
const judged = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((file) => {
    const raw = parse(readFileSync(`${DIR}/${file}`, 'utf8')) as {
      profile: unknown;
      expect: { must: string[]; must_not?: string[]; launch_countdown: boolean };
    };
    const profile = profileSchema.parse(raw.profile);
    return {
      file,
      profile,
      expect: raw.expect,
      plan: tailor(profile, lib, { date: '2027-03-01', contentVersion: 'test' }),
    };
  });
const tactics = (plan: Plan) => plan.phases.flatMap((p) => p.tactics);
const cited = (plan: Plan) => new Set(tactics(plan).flatMap((t) => t.sources));

describe('judged profiles', () => {
  it('cover stage × reader × relationship × launch', () => {
    const seen = (key: 'stage' | 'reader' | 'relationship') => new Set(judged.map((j) => j.profile[key]));
    expect(judged.length).toBeGreaterThanOrEqual(10);
    expect(seen('stage').size).toBe(3);
    expect(seen('reader').size).toBe(6);
    expect(seen('relationship').size).toBe(3);
    expect(judged.some((j) => (j.profile.upcoming_launch_weeks ?? 99) <= 12)).toBe(true);
  });

  it.each(judged.map((j) => [j.file, j] as const))(
    '%s answers every named pain point with a tactic filed under it',
    (_f, j) => {
      for (const pain of j.profile.pain_points)
        expect(
          tactics(j.plan).some((t) => lib.tactic(t.id).data.situations.includes(pain)),
          pain,
        ).toBe(true);
    },
  );

  it('never cites advice a profile must not get', () => {
    const wrong = judged.flatMap((j) =>
      (j.expect.must_not ?? []).filter((p) => cited(j.plan).has(p)).map((p) => `${j.file}: ${p}`),
    );
    expect(wrong).toEqual([]);
  });

  it('cites at least 80% of the advice the profiles must get (the misses are listed on failure)', () => {
    const must = judged.flatMap((j) => j.expect.must.map((p) => ({ file: j.file, p, ok: cited(j.plan).has(p) })));
    const misses = must.filter((m) => !m.ok).map((m) => `${m.file}: ${m.p}`);
    expect(must.filter((m) => m.ok).length / must.length, misses.join('\n')).toBeGreaterThanOrEqual(0.8);
  });

  it.each(judged.map((j) => [j.file, j] as const))('%s follows the launch rules', (_f, j) => {
    const near = (j.profile.upcoming_launch_weeks ?? Infinity) <= 12;
    expect(near).toBe(j.expect.launch_countdown);
    const ids = tactics(j.plan).map((t) => t.id);
    if (near) {
      expect(ids).toEqual(
        expect.arrayContaining(['set-a-release-notice-window', 'check-collateral-against-the-product']),
      );
      expect(j.plan.playbooks[0]?.id).toBe('launch-countdown');
      expect(j.plan.phases.map((p) => p.id)).toContain('launch-week');
      expect(j.plan.launch?.week).toMatch(/^\d+ \w{3} – \d+ \w{3}/);
    } else expect(j.plan.launch).toBeUndefined();
    for (let i = 1; i < j.plan.phases.length; i++)
      expect(j.plan.phases[i - 1]!.end < j.plan.phases[i]!.start).toBe(true);
  });

  it.each(judged.map((j) => [j.file, j] as const))(
    '%s gives reasons that read as advice, no phrase repeated',
    (_f, j) => {
      const phrases = new Map<string, string>();
      for (const t of tactics(j.plan)) {
        expect(t.why).not.toMatch(/which is you|You named this as a pain point/);
        const words = t.why
          .replace(j.plan.company, 'COMPANY')
          .replace(/“[^”]*”/g, 'THING')
          .toLowerCase()
          .split(/\W+/)
          .filter(Boolean);
        for (let i = 0; i + 5 <= words.length; i++) {
          const phrase = words.slice(i, i + 5).join(' ');
          expect(phrases.get(phrase) ?? t.id, `“${phrase}” in ${t.id} and ${phrases.get(phrase)}`).toBe(t.id);
          phrases.set(phrase, t.id);
        }
      }
    },
  );
});

describe('dated plans and the calendar', () => {
  const profile = judged.find((j) => j.profile.start_date && j.profile.upcoming_launch_weeks !== undefined)!.profile;

  it('dates every window and check-in from start_date, the same bytes every time', () => {
    const plan = tailor(profile, lib, { date: '2027-03-01', contentVersion: 'x' });
    expect(plan.start).toBe(profile.start_date);
    expect(plan.phases[0]!.start).toBe(profile.start_date);
    expect(plan.phases[0]!.dates).toMatch(/^\d{1,2} [A-Z][a-z]{2} – \d{1,2} [A-Z][a-z]{2}/);
    const again = tailor(profile, lib, { date: '2027-03-01', contentVersion: 'x' });
    for (const render of [renderMarkdown, renderJson, renderIcs]) expect(render(again)).toBe(render(plan));
    const { start_date: _drop, ...undated } = profile;
    expect(tailor(undated, lib, { date: '2027-05-03', contentVersion: 'x' }).start).toBe('2027-05-03');
  });

  it('writes a calendar that parses back with the plan’s windows, check-ins and cadence, with stable unique UIDs', () => {
    const plan = tailor(profile, lib, { date: '2027-03-01', contentVersion: 'x' });
    const calendar = new ICAL.Component(ICAL.parse(renderIcs(plan)));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const uids = events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    for (const p of plan.phases) {
      const e = events.find((x) => x.uid === `window-${p.id}.${plan.slug}@playbook`)!;
      expect(e.startDate.toString()).toBe(p.start);
      expect(e.summary).toContain(p.title);
    }
    for (const t of tactics(plan))
      expect(events.find((e) => e.uid === `check-in-${t.id}.${plan.slug}@playbook`)!.startDate.toString()).toBe(
        t.checkIn,
      );
    const recurring = calendar.getAllSubcomponents('vevent').filter((v) => v.getFirstPropertyValue('rrule'));
    expect(recurring.length).toBeGreaterThanOrEqual(3);
    expect(events.some((e) => e.summary.startsWith('Launch week'))).toBe(Boolean(plan.launch));
  });
});
