/** The tailoring rules: each profile fact changes the plan the way it should (against the real library). */
import { describe, expect, it } from 'vitest';
import { projectLibrary } from '../helpers/library.ts';
import { profileSchema } from '../../src/core/schema/index.ts';
import { tailor, type Plan } from '../../src/core/tailor/index.ts';
import { checkGrid, responsibilities } from '../../src/core/tailor/responsibilities.ts';

const lib = projectLibrary();
const BASE = { company: 'Test Co', stage: 'scaleup', reader: 'pmm', relationship: 'strained' };
const plan = (over: Record<string, unknown> = {}): Plan =>
  tailor(profileSchema.parse({ ...BASE, ...over }), lib, { date: '2026-01-01', contentVersion: 'test' });
const tactics = (p: Plan) => p.phases.flatMap((ph) => ph.tactics);
const ids = (p: Plan) => tactics(p).map((t) => t.id);
const situations = (p: Plan) => p.situations.map((s) => s.id);
const data = (id: string) => lib.tactic(id).data;

describe('tailor', () => {
  it('gives a healthy relationship no repair tactics, and a broken one some', () => {
    const healthy = plan({ relationship: 'healthy' });
    expect(ids(healthy).filter((id) => !data(id).relationship.includes('healthy'))).toEqual([]);
    const broken = plan({ relationship: 'broken' });
    expect(ids(broken).some((id) => !data(id).relationship.includes('healthy'))).toBe(true);
    expect(situations(healthy)).not.toContain('tense-relationship');
  });

  it('starts a broken relationship by listening, then acknowledging and resetting', () => {
    const first = plan({ relationship: 'broken' }).phases[0]!;
    expect(data(first.tactics[0]!.id).phase).toBe('listen');
    expect(first.tactics.some((t) => data(t.id).phase === 'reset')).toBe(true);
    expect(first.tactics[0]!.reasons.join(' ')).toMatch(/broken/);
  });

  it('reads different, unaligned leaders as leaders-in-conflict with misaligned-metrics risk', () => {
    const p = plan({ reporting: { same_leader: false, leaders_aligned: false } });
    expect(situations(p)).toEqual(expect.arrayContaining(['leaders-in-conflict', 'misaligned-metrics']));
    expect(p.situations.find((s) => s.id === 'leaders-in-conflict')!.why.join(' ')).toMatch(/different leaders/);
    expect(tactics(p).some((t) => data(t.id).situations.includes('leaders-in-conflict'))).toBe(true);
    expect(p.cadence.map((c) => c.name)).toContain('Leaders’ alignment');
    const aligned = plan();
    expect(situations(aligned)).not.toContain('leaders-in-conflict');
    expect(aligned.cadence.map((c) => c.name)).not.toContain('Leaders’ alignment');
  });

  it('treats a new reader as new-in-role and a startup as a small company', () => {
    const p = plan({ new_to_company: true, stage: 'startup' });
    expect(situations(p)).toEqual(expect.arrayContaining(['new-in-role', 'small-company']));
    expect(tactics(p).some((t) => data(t.id).situations.includes('new-in-role'))).toBe(true);
    expect(ids(p).every((id) => data(id).stages.includes('startup'))).toBe(true);
    expect(situations(plan())).not.toContain('new-in-role');
  });

  it('fits the responsibilities grid to the stage: informal at a startup, a framework at an enterprise', () => {
    expect(plan({ stage: 'startup' }).responsibilities.noteSources).toContain('dunn-3');
    expect(plan({ stage: 'enterprise' }).responsibilities.noteSources).toContain('dunn-1');
    for (const stage of ['startup', 'scaleup', 'enterprise'] as const)
      expect(() => checkGrid(responsibilities(stage, lib.templates().responsibilities).rows)).not.toThrow();
    expect(() => checkGrid([{ activity: 'X', pm: 'lead', pmm: 'lead', sales: 'informed', sources: [] }])).toThrow(
      /exactly one/,
    );
  });

  it('turns a near launch into a countdown and a far one into 30/60/90 days', () => {
    expect(plan({ upcoming_launch_weeks: 6 }).phases.map((p) => p.id)[0]).toBe('now');
    expect(plan({ upcoming_launch_weeks: 6 }).phases.some((p) => p.id === 'before-launch')).toBe(true);
    expect(plan({ upcoming_launch_weeks: 40 }).phases.map((p) => p.id)).toEqual(expect.arrayContaining(['days-1-30']));
  });

  it('gives each reader their own side of a tactic', () => {
    for (const reader of ['pm', 'pmm'] as const) {
      for (const t of tactics(plan({ reader }))) expect(t.yourSide).toBe(data(t.id).perspectives[reader]);
    }
  });

  it('puts a named pain point first and answers it', () => {
    const p = plan({ pain_points: ['sales-overpromising'] });
    expect(p.situations[0]).toMatchObject({ id: 'sales-overpromising', origin: 'named' });
    expect(tactics(p).some((t) => data(t.id).situations.includes('sales-overpromising'))).toBe(true);
  });

  it('keeps the plan to a sensible size with no duplicates and a reason for every tactic', () => {
    for (const over of [
      {},
      { relationship: 'healthy' },
      { relationship: 'broken', new_to_company: true, pain_points: ['unclear-roles', 'misaligned-metrics'] },
    ]) {
      const p = plan(over);
      expect(ids(p).length).toBeGreaterThanOrEqual(8);
      expect(ids(p).length).toBeLessThanOrEqual(15);
      expect(new Set(ids(p)).size).toBe(ids(p).length);
      for (const t of tactics(p)) expect(t.reasons.length).toBeGreaterThan(0);
    }
  });
});
