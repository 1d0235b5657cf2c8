/** Properties of tailoring over random valid profiles: never throws, no duplicates, every tactic explained and sourced, deterministic. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { projectLibrary } from '../helpers/library.ts';
import { profileSchema } from '../../src/core/schema/index.ts';
import { tailor } from '../../src/core/tailor/index.ts';
import { renderHtml, renderJson, renderMarkdown } from '../../src/core/render/index.ts';
import { executableMarkup } from '../helpers/html-safety.ts';
import { AUDIENCES, GO_TO_MARKET, RELATIONSHIPS, SITUATION_IDS, STAGES } from '../../src/core/taxonomy.ts';
import { playbookStylesheet } from '../../src/node/pdf/stylesheet.ts';

const lib = projectLibrary();
const options = { date: '2026-01-01', contentVersion: 'prop' };

/** Any profile the schema accepts. */
const profiles = fc
  .record(
    {
      company: fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim().length > 0),
      stage: fc.constantFrom(...STAGES),
      reader: fc.constantFrom(...AUDIENCES),
      relationship: fc.constantFrom(...RELATIONSHIPS),
      new_to_company: fc.boolean(),
      reporting: fc.record({ same_leader: fc.boolean(), leaders_aligned: fc.boolean() }, { requiredKeys: [] }),
      go_to_market: fc.constantFrom(...GO_TO_MARKET),
      upcoming_launch_weeks: fc.integer({ min: 0, max: 104 }),
      pain_points: fc.uniqueArray(fc.constantFrom(...SITUATION_IDS), { maxLength: 5 }),
      start_date: fc
        .date({ min: new Date('2026-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
    },
    { requiredKeys: ['company', 'stage', 'reader', 'relationship'] },
  )
  .map((raw) => profileSchema.parse(raw));

describe('tailor properties', () => {
  it('never throws, never repeats a tactic, explains and sources every tactic, and is deterministic', () => {
    fc.assert(
      fc.property(profiles, (profile) => {
        const plan = tailor(profile, lib, options);
        const ids = plan.phases.flatMap((p) => p.tactics.map((t) => t.id));
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length).toBeGreaterThanOrEqual(6);
        expect(ids.length).toBeLessThanOrEqual(15);
        for (const t of plan.phases.flatMap((p) => p.tactics)) {
          expect(t.reasons.length).toBeGreaterThan(0);
          expect(t.reasons.every((r) => r.trim().length > 0)).toBe(true);
          expect(t.sources.length).toBeGreaterThan(0);
          const d = lib.tactic(t.id).data;
          // A tactic outside its usual stage or relationship is only there to meet a rule, and says so.
          if (!d.stages.includes(profile.stage) || !d.relationship.includes(profile.relationship)) {
            expect(d.stages.includes(profile.stage) || d.relationship.includes(profile.relationship)).toBe(true);
            expect(t.reasons.join(' ')).toMatch(/usually run in other settings/);
          }
          expect(t.day >= plan.start && t.checkIn > t.day).toBe(true);
        }
        // Windows are dated, in order, and never overlap.
        for (const [a, b] of plan.phases.slice(1).map((p, i) => [plan.phases[i]!, p] as const))
          expect(a.end < b.start).toBe(true);
        // Every named pain point is answered by a tactic filed under it, or the plan says why not.
        for (const pain of profile.pain_points) {
          const answered = plan.phases.some((p) =>
            p.tactics.some((t) => lib.tactic(t.id).data.situations.includes(pain)),
          );
          expect(answered || plan.leftOut.some((l) => l.need.includes(lib.situation(pain).data.title))).toBe(true);
        }
        const whys = plan.phases.flatMap((p) => p.tactics.map((t) => t.why));
        expect(new Set(whys).size).toBe(whys.length);
        expect(renderJson(tailor(profile, lib, options))).toBe(renderJson(plan));
      }),
      { numRuns: 150 },
    );
  });

  it('detects executable markup when there is some (so the next test can fail)', () => {
    expect(executableMarkup('<title>x</title><script>1</script><p onclick="y"><a href="javascript:z">')).toEqual([
      '<script> element',
      'p onClick',
      'a href=javascript:',
    ]);
    expect(executableMarkup('<title>&lt;/title&gt;&lt;script&gt;</title><meta content="<script>">')).toEqual([]);
  });

  it('renders any company name escaped in HTML and Markdown', () => {
    fc.assert(
      fc.property(
        profiles,
        fc.constantFrom(
          '<script>alert(1)</script>',
          '</title><script>alert(1)</script>',
          '<img src=x onerror=alert(1)>',
          '**bold** [x](javascript:alert(1))',
          '../../x',
        ),
        (profile, company) => {
          const plan = tailor({ ...profile, company }, lib, options);
          const html = renderHtml(plan, { css: playbookStylesheet() });
          expect(executableMarkup(html)).toEqual([]);
          expect(html).toContain(company.replaceAll('&', '&#x26;').replaceAll('<', '&#x3C;'));
          const md = renderMarkdown(plan);
          // CommonMark treats a backslash-escaped character as literal text, so only an unescaped `<` or `[` could become markup.
          expect(md).not.toMatch(/(^|[^\\])<(script|img)/);
          expect(md).not.toMatch(/(^|[^\\])\[x\]\(javascript:/);
        },
      ),
      { numRuns: 40 },
    );
  });
});
