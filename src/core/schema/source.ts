/** The source schema: who gave the advice, and each advice point in our words. */
import { z } from 'astro/zod';
import { SOURCE_KINDS } from '../taxonomy.ts';
import { idSchema, text } from './common.ts';

/** One advice point of a source, summarised in our words. */
const sourcePointSchema = z
  .object({
    id: idSchema,
    label: text(60),
    summary: text(600),
  })
  .strict();

/** A source file: a named person's answer or an article; author, role, organisation and title default to the catalogue's. */
export const sourceSchema = z
  .object({
    kind: z.enum(SOURCE_KINDS),
    author: text(80).optional(),
    role: text(120).optional(),
    organization: text(80).optional(),
    title: text(160).optional(),
    summary: text(600),
    points: z.array(sourcePointSchema).min(1, 'needs at least 1 point'),
  })
  .strict();

/** Source data after validation. */
export type Source = z.infer<typeof sourceSchema>;
