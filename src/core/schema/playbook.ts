/** The playbook frontmatter schema: an ordered sequence of tactics toward one goal. */
import { z } from 'astro/zod';
import { AUDIENCES, SITUATION_IDS } from '../taxonomy.ts';
import { idSchema, text, uniqueList } from './common.ts';

/** One step of a playbook: a tactic and when to run it. */
const playbookStepSchema = z
  .object({
    tactic: idSchema,
    when: text(60),
    note: text(300).optional(),
  })
  .strict();

/** A playbook's frontmatter. */
export const playbookSchema = z
  .object({
    title: text(90),
    summary: text(300),
    goal: text(300),
    situations: uniqueList(z.enum(SITUATION_IDS)),
    audience: uniqueList(z.enum(AUDIENCES)),
    duration: text(60),
    room: uniqueList(text(60)),
    featured: z.boolean().default(false),
    steps: z
      .array(playbookStepSchema)
      .min(2, 'needs at least 2 steps')
      .refine((s) => new Set(s.map((x) => x.tactic)).size === s.length, 'must not list a tactic twice'),
    checklist: uniqueList(text(200)),
  })
  .strict();

/** Playbook frontmatter after defaults are applied. */
export type Playbook = z.infer<typeof playbookSchema>;
