/** The org profile schema of DESIGN.md §4: the generator's input. */
import { z } from 'astro/zod';
import { AUDIENCES, GO_TO_MARKET, RELATIONSHIPS, SITUATION_IDS, STAGES } from '../taxonomy.ts';
import { uniqueList } from './common.ts';
import { isDay } from '../tailor/days.ts';

/** An org profile; defaults live here so every consumer sees the same normalised profile. */
export const profileSchema = z
  .object({
    company: z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters'),
    stage: z.enum(STAGES),
    reader: z.enum(AUDIENCES),
    relationship: z.enum(RELATIONSHIPS),
    new_to_company: z.boolean().default(false),
    reporting: z
      .object({
        same_leader: z.boolean().default(true),
        leaders_aligned: z.boolean().default(true),
      })
      .strict()
      .default({}),
    go_to_market: z.enum(GO_TO_MARKET).default('hybrid'),
    upcoming_launch_weeks: z.number().int().min(0).max(104).optional(),
    pain_points: uniqueList(z.enum(SITUATION_IDS), 0).default([]),
    start_date: z.string().refine(isDay, 'must be a calendar day written YYYY-MM-DD, e.g. 2027-03-01').optional(),
  })
  .strict();

/** A normalised org profile. */
export type Profile = z.infer<typeof profileSchema>;
