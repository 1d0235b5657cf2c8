/** The situation schema: how people describe a problem they are in. */
import { z } from 'astro/zod';
import { text, uniqueList } from './common.ts';

/** A situation file (its id is the file name, one of the taxonomy ids). */
export const situationSchema = z
  .object({
    order: z.number().int().min(1).max(99),
    title: text(60),
    short: text(120),
    description: text(900),
    phrases: uniqueList(text(120), 5),
  })
  .strict();

/** Situation data after validation. */
export type Situation = z.infer<typeof situationSchema>;
