/** Building blocks shared by the content schemas. */
import { z } from 'astro/zod';

/** A content id: lowercase words joined by hyphens, as in file names. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens');

/** A short line of plain text with a length cap. */
export const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/** A list with at least one entry and no repeats. */
export const uniqueList = <T extends z.ZodTypeAny>(item: T, min = 1) =>
  z
    .array(item)
    .min(min, `needs at least ${min} entr${min === 1 ? 'y' : 'ies'}`)
    .refine((list) => new Set(list).size === list.length, 'must not repeat an entry');
