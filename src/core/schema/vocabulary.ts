/** The search vocabulary schema: the jargon and everyday phrasings people type, mapped to the library's words and situations. */
import { z } from 'astro/zod';
import { idSchema, text, uniqueList } from './common.ts';

/** A term as people type it: letters, digits and the punctuation jargon uses ("win/loss", "1:1", "one-pager"). */
const termText = text(60).refine((t) => /[\p{L}\p{N}]/u.test(t), 'needs at least one letter or digit');

/** One entry: a term (and its other spellings) and what it means in the library's words, or which situation it describes. */
export const vocabularyEntrySchema = z
  .object({
    term: termText,
    also: uniqueList(termText, 0).default([]),
    means: uniqueList(text(40), 0).default([]),
    situations: uniqueList(idSchema, 0).default([]),
    hidden: z.boolean().default(false),
  })
  .strict()
  .refine((e) => e.hidden || e.means.length > 0 || e.situations.length > 0, {
    message: 'needs means (library words) or situations (situation ids), or hidden: true',
    path: ['means'],
  });

/** A vocabulary file: `content/vocabulary.yaml`, or a company folder's, whose entries are merged in by term. */
export const vocabularySchema = z
  .object({
    terms: z.array(vocabularyEntrySchema).min(1, 'needs at least 1 entry'),
  })
  .strict();

/** One vocabulary entry after validation. */
export type VocabularyEntry = z.infer<typeof vocabularyEntrySchema>;

/** A vocabulary file after validation. */
export type VocabularyFile = z.infer<typeof vocabularySchema>;
