/** The tailoring templates of content/templates/: they validate, mistakes name file, line and field, and a company's own replace ours. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkTemplates, parseTemplates } from '../../src/core/library/check-templates.ts';
import { Library } from '../../src/core/library/library.ts';
import { parseYaml } from '../../src/core/library/parse-file.ts';
import { formatProblem } from '../../src/core/library/problems.ts';
import type { Entry } from '../../src/core/library/types.ts';
import { renderMarkdown } from '../../src/core/render/index.ts';
import { TEMPLATE_IDS, profileSchema, type TemplateData } from '../../src/core/schema/index.ts';
import { tailor } from '../../src/core/tailor/index.ts';
import { projectLibrary } from '../helpers/library.ts';
import { validFiles } from '../helpers/fixture-library.ts';

const base = projectLibrary();
const pointIds = [...base.points.keys()];
const known = new Set(pointIds);

const realText = (id: string) => readFileSync(`content/templates/${id}.yaml`, 'utf8');

/** A template entry as the loader reads it (data not yet validated), from YAML text. */
function entry(id: string, text = realText(id), file = `content/templates/${id}.yaml`): Entry<unknown> {
  const parsed = parseYaml(text, file);
  if ('problem' in parsed) throw new Error(formatProblem(parsed));
  return { id, file, data: parsed.data, body: '', bodyLine: 0, locate: parsed.locate };
}

const real = () => TEMPLATE_IDS.map((id) => entry(id));
const check = (entries: Entry<unknown>[]) => checkTemplates(entries, known, pointIds).map(formatProblem);
/** The 1-based line of the first line of `text` containing `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** The loaded library with these template entries in force (what the loader builds once folders are merged). */
function withTemplates(templates: Entry<TemplateData>[] | undefined): Library {
  return new Library(
    {
      tactics: base.tactics,
      playbooks: base.playbooks,
      sources: base.sources,
      situations: base.situations,
      profiles: base.profiles,
      ...(templates && { templates }),
    },
    (t) => base.steps(t),
    (t) => base.blocks(t),
  );
}

const profile = profileSchema.parse({
  company: 'Template Co',
  stage: 'scaleup',
  reader: 'pmm',
  relationship: 'strained',
  reporting: { same_leader: false },
});
const options = { date: '2026-01-01', contentVersion: 'test' };

describe('tailoring templates', () => {
  it('validates the real templates, citing only known advice points', () => {
    expect(check(real())).toEqual([]);
    const parsed = parseTemplates(real());
    expect(parsed.map((t) => t.id)).toEqual([...TEMPLATE_IDS]);
    const lib = withTemplates(parsed);
    expect(lib.templates().responsibilities.rows.length).toBeGreaterThan(5);
    expect(lib.templates().cadence.meetings.map((m) => m.name)).toContain('Release notice');
  });

  it('gives the fixture library the real templates, citing the fixture’s points', () => {
    const files = validFiles();
    const fixture = TEMPLATE_IDS.map((id) => entry(id, files[`content/templates/${id}.yaml`]));
    const points = ['alpha-1', 'alpha-2', 'beta-1'];
    expect(checkTemplates(fixture, new Set(points), points).map(formatProblem)).toEqual([]);
    expect(parseTemplates(fixture).map((t) => t.data)).not.toEqual(parseTemplates(real()).map((t) => t.data));
  });

  it('names the file, line and a near point id for an unknown advice point', () => {
    const text = realText('scorecard').replace('[productplan-5, tango-l2]', '[productplan-55, tango-l2]');
    const line = lineOf(text, 'productplan-55');
    expect(check([entry('responsibilities'), entry('scorecard', text), entry('cadence')])).toEqual([
      `content/templates/scorecard.yaml:${line}: groups.2.sources.0: unknown advice point 'productplan-55'; did you mean 'productplan-5'?`,
    ]);
  });

  it('finds unknown points in a variant of a cadence meeting too', () => {
    const text = realText('cadence').replace('sources: [dunn-3, tango-l3]', 'sources: [dunn-33, tango-l3]');
    const line = lineOf(text, 'dunn-33');
    expect(check([entry('cadence', text)])[0]).toBe(
      `content/templates/cadence.yaml:${line}: meetings.0.variants.0.sources.0: unknown advice point 'dunn-33'; did you mean 'dunn-3'?`,
    );
  });

  it('gives a bad role its line and the allowed values', () => {
    const text = realText('responsibilities').replace('    pmm: contribute\n', '    pmm: leader\n');
    const line = lineOf(text, 'pmm: leader');
    expect(check([entry('responsibilities', text), entry('scorecard'), entry('cadence')])).toEqual([
      `content/templates/responsibilities.yaml:${line}: rows.0.pmm: 'leader' is not allowed; did you mean 'lead'? (allowed: lead, contribute, informed)`,
    ]);
  });

  it('wants exactly one lead per activity, and known keys', () => {
    const twoLeads = realText('responsibilities').replace('    pmm: contribute\n', '    pmm: lead\n');
    expect(check([entry('responsibilities', twoLeads)])[0]).toMatch(
      /^content\/templates\/responsibilities\.yaml:\d+: rows\.0\.pm: needs exactly one lead among pm, pmm and sales$/,
    );
    const typo = realText('cadence').replace(
      '    only_if:\n      - { same_leader: false }',
      '    ony_if:\n      - { same_leader: false }',
    );
    expect(check([entry('cadence', typo)])[0]).toMatch(
      /^content\/templates\/cadence\.yaml:\d+: meetings\.5\.ony_if: unknown key; did you mean 'only_if'\?/,
    );
  });

  it('names a missing template file and an unknown one', () => {
    const stray = entry('cadance', realText('cadence'), 'acme/templates/cadance.yaml');
    expect(check([entry('responsibilities'), entry('scorecard'), stray])).toEqual([
      `acme/templates/cadance.yaml: (file name): unknown template 'cadance'; did you mean 'cadence'? (allowed: responsibilities, scorecard, cadence)`,
      'content/templates/cadence.yaml: (file): missing: the cadence template has no file',
    ]);
  });

  it('lets a company’s own template change the tailored playbook, credits included', () => {
    const ours = tailor(profile, withTemplates(parseTemplates(real())), options);
    const cited = (plan: typeof ours) => plan.credits.flatMap((c) => c.points.map((p) => p.id));
    const fresh = pointIds.find((id) => !cited(ours).includes(id))!;
    const cadence = `meetings:
  - name: Win–loss review
    when: Monthly
    who: PMM and a sales lead
    purpose: Read the month's won and lost deals together.
    sources: [${fresh}]
  - name: Release notice
    when: Every release, four weeks ahead
    who: PM tells PMM
    purpose: PMM hears about releases early enough to prepare.
    sources: [tango-l3]
    variants:
      - if: { stage: [scaleup] }
        who: PM tells PMM and Sales
`;
    const company = entry('cadence', cadence, 'acme/templates/cadence.yaml');
    expect(check([entry('responsibilities'), entry('scorecard'), company])).toEqual([]);
    const theirs = tailor(profile, withTemplates(parseTemplates([...real().slice(0, 2), company])), options);
    expect(theirs.cadence.map((c) => [c.name, c.who])).toEqual([
      ['Win–loss review', 'PMM and a sales lead'],
      ['Release notice', 'PM tells PMM and Sales'],
    ]);
    expect(ours.cadence.map((c) => c.name)).toContain('Leaders’ alignment');
    expect(renderMarkdown(theirs)).toContain('Win–loss review');
    expect(renderMarkdown(ours)).not.toContain('Win–loss review');
    expect(cited(theirs)).toContain(fresh);
    expect(theirs.phases).toEqual(ours.phases);
  });

  it('fails clearly when a library was built without its templates', () => {
    expect(() => tailor(profile, withTemplates(undefined), options)).toThrow(
      /no templates\/responsibilities\.yaml, templates\/scorecard\.yaml, templates\/cadence\.yaml/,
    );
  });
});
