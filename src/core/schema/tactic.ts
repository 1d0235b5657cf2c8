/** The tactic frontmatter schema: one actionable piece of advice. */
import { z } from 'astro/zod';
import { AUDIENCES, EFFORTS, IMPACTS, PHASES, RELATIONSHIPS, SITUATION_IDS, STAGES } from '../taxonomy.ts';
import { idSchema, text, uniqueList } from './common.ts';

/** The play card: how much it takes and who is in the room. */
export const playCardSchema = z
  .object({
    prepare: text(100),
    run: text(100),
    room: uniqueList(text(80)),
    effort: z.enum(EFFORTS),
  })
  .strict();

/** A tactic's frontmatter. */
export const tacticSchema = z
  .object({
    title: text(90),
    summary: text(300),
    situations: uniqueList(z.enum(SITUATION_IDS)),
    audience: uniqueList(z.enum(AUDIENCES)),
    sources: uniqueList(idSchema),
    card: playCardSchema,
    stages: uniqueList(z.enum(STAGES)),
    relationship: uniqueList(z.enum(RELATIONSHIPS)),
    phase: z.enum(PHASES),
    impact: z.enum(IMPACTS),
    revisit_weeks: z.number().int().min(1).max(26),
    launch_weeks: z.number().int().min(0).max(52).optional(),
    related: uniqueList(idSchema, 0).default([]),
    perspectives: z
      .object(
        Object.fromEntries(AUDIENCES.map((a) => [a, text(600).optional()])) as Record<
          (typeof AUDIENCES)[number],
          z.ZodOptional<z.ZodString>
        >,
      )
      .strict()
      .refine((p) => p.pm && p.pmm, 'needs at least the pm and pmm perspectives'),
    stage_notes: z
      .object(
        Object.fromEntries(STAGES.map((s) => [s, text(600).optional()])) as Record<
          (typeof STAGES)[number],
          z.ZodOptional<z.ZodString>
        >,
      )
      .strict()
      .default({}),
  })
  .strict();

/** Tactic frontmatter after defaults are applied. */
export type Tactic = z.infer<typeof tacticSchema>;
