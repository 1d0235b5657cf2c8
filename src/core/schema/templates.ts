/**
 * The tailoring templates of `content/templates/`: the responsibilities grid, the shared-metrics scorecard and the
 * operating cadence that every tailored playbook ends with. One file per template (id = file name); a company folder
 * replaces a whole file by giving its own. What depends on the profile (stage, reporting lines, …) is data here too.
 */
import { z } from 'astro/zod';
import { AUDIENCES, GO_TO_MARKET, RELATIONSHIPS, STAGES } from '../taxonomy.ts';
import { idSchema, text, uniqueList } from './common.ts';

/** The template files, by id: each must exist (a company folder may replace it). */
export const TEMPLATE_IDS = ['responsibilities', 'scorecard', 'cadence'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** Lead: owns it; contribute: does part of it; informed: hears about it in time. */
const ROLES = ['lead', 'contribute', 'informed'] as const;
export type Role = (typeof ROLES)[number];

/** The advice points a row stands on: ids of the library's sources, cross-checked when the library loads. */
const sources = uniqueList(idSchema);
const role = z.enum(ROLES);

/** A list of one or more entries whose `field` (a name people read, and calendar UIDs are made from) is not repeated. */
const listedOnce = <T extends z.ZodTypeAny>(item: T, field: string) =>
  z
    .array(item)
    .min(1, 'needs at least 1 entry')
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((entry: Record<string, string>, i) => {
        const key = entry[field]!.toLowerCase();
        if (seen.has(key))
          ctx.addIssue({ code: 'custom', path: [i, field], message: `'${entry[field]}' is listed twice` });
        seen.add(key);
      });
    });

/** One activity of the grid; `stages` limits it to those company stages (default: every stage). */
const gridRowSchema = z
  .object({
    activity: text(80),
    pm: role,
    pmm: role,
    sales: role,
    sources,
    stages: uniqueList(z.enum(STAGES)).optional(),
  })
  .strict()
  .refine((row) => (['pm', 'pmm', 'sales'] as const).filter((t) => row[t] === 'lead').length === 1, {
    message: 'needs exactly one lead among pm, pmm and sales',
    path: ['pm'],
  });

/** The line on how to agree the grid at one stage, and the points it stands on. */
const stageNoteSchema = z.object({ text: text(300), sources }).strict();

/** `content/templates/responsibilities.yaml`: who leads, contributes to or hears about each activity. */
const responsibilitiesTemplateSchema = z
  .object({
    rows: listedOnce(gridRowSchema, 'activity'),
    notes: z.object({ startup: stageNoteSchema, scaleup: stageNoteSchema, enterprise: stageNoteSchema }).strict(),
  })
  .strict()
  .superRefine((grid, ctx) => {
    for (const stage of STAGES)
      if (!grid.rows.some((row) => !row.stages || row.stages.includes(stage)))
        ctx.addIssue({ code: 'custom', path: ['rows'], message: `no activity applies at the ${stage} stage` });
  });

/** A block of metrics owned by one team, or by both. */
const scorecardGroupSchema = z.object({ owner: text(60), metrics: uniqueList(text(60)), sources }).strict();

/** `content/templates/scorecard.yaml`: each team's own metrics and the shared ones, with columns to fill in. */
const scorecardTemplateSchema = z
  .object({
    note: text(300),
    /** The sentence after the note: who signs off the shared row, by whether PM and PMM share a leader. */
    sign_off: z.object({ same_leader: text(300), different_leaders: text(300) }).strict(),
    columns: uniqueList(text(30)),
    groups: z.array(scorecardGroupSchema).min(1, 'needs at least 1 entry'),
  })
  .strict();

/**
 * Profile facts a cadence entry can depend on; every fact given must hold. A list means any of its values
 * (`stage: [startup, scaleup]`); `launch_near` is a launch 12 weeks away or less.
 */
const conditionSchema = z
  .object({
    stage: uniqueList(z.enum(STAGES)).optional(),
    relationship: uniqueList(z.enum(RELATIONSHIPS)).optional(),
    reader: uniqueList(z.enum(AUDIENCES)).optional(),
    go_to_market: uniqueList(z.enum(GO_TO_MARKET)).optional(),
    same_leader: z.boolean().optional(),
    leaders_aligned: z.boolean().optional(),
    new_to_company: z.boolean().optional(),
    launch_near: z.boolean().optional(),
  })
  .strict()
  .refine((c) => Object.keys(c).length > 0, 'needs at least one profile fact (e.g. stage: [startup])');

/** A change to a meeting for profiles that meet `if`: the fields given replace the meeting's. */
const variantSchema = z
  .object({
    if: conditionSchema,
    when: text(80).optional(),
    who: text(60).optional(),
    purpose: text(200).optional(),
    sources: sources.optional(),
  })
  .strict()
  .refine(
    (v) => Boolean(v.when ?? v.who ?? v.purpose ?? v.sources),
    'needs something to change: when, who, purpose or sources',
  );

/**
 * One recurring meeting or rule. `only_if` keeps it for profiles that meet any of its conditions (default: all);
 * the first of `variants` whose `if` holds changes it. The calendar download reads how often it recurs from `when`
 * ("weekly", "every two weeks", "monthly"); "every release" and "before each launch" are not calendar entries.
 */
const meetingSchema = z
  .object({
    name: text(60),
    when: text(80),
    who: text(60),
    purpose: text(200),
    sources,
    only_if: z.array(conditionSchema).min(1, 'needs at least 1 entry').optional(),
    variants: z.array(variantSchema).default([]),
  })
  .strict();

/** `content/templates/cadence.yaml`: the meetings and rules that keep PM, PMM and Sales in step, in plan order. */
const cadenceTemplateSchema = z.object({ meetings: listedOnce(meetingSchema, 'name') }).strict();

/** Each template file's schema, by file id. */
export const TEMPLATE_SCHEMAS = {
  responsibilities: responsibilitiesTemplateSchema,
  scorecard: scorecardTemplateSchema,
  cadence: cadenceTemplateSchema,
} as const;

/** Every template after validation, by id. */
export type Templates = { [K in TemplateId]: z.infer<(typeof TEMPLATE_SCHEMAS)[K]> };
export type ResponsibilitiesTemplate = Templates['responsibilities'];
export type ScorecardTemplate = Templates['scorecard'];
export type CadenceTemplate = Templates['cadence'];
export type Condition = z.infer<typeof conditionSchema>;
/** The data of one template file (its entry's id says which). */
export type TemplateData = Templates[TemplateId];
