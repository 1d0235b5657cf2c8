/** The company configuration file (`playbook.config.yaml`, DESIGN.md §7): branding, contacts, paper and content folders. */
import { z } from 'astro/zod';
import { text } from './common.ts';

/** An address a reader can follow: http(s) only, so a config cannot smuggle a script link into every page. */
const url = z
  .string()
  .trim()
  .regex(/^https?:\/\/[^\s/]+\S*$/, 'must be an absolute http(s) address such as https://intranet.example.com/page');

const link = z.object({ label: text(60), url }).strict();

/** The paper sizes PDFs are printed on. */
export const PAPER_SIZES = ['a4', 'letter'] as const;
export type Paper = (typeof PAPER_SIZES)[number];

/** Every field is optional: a project without the file builds the stock library under the stock name. */
export const projectConfigSchema = z
  .object({
    organisation: text(80).optional(),
    title: text(80).optional(),
    logo: z
      .string()
      .trim()
      .regex(/\.(svg|png|jpe?g|webp)$/i, 'must be an .svg, .png, .jpg or .webp file in the project')
      .optional(),
    accent: z
      .string()
      .trim()
      .regex(/^#[0-9a-fA-F]{6}$/, "must be a colour written #rrggbb, such as '#0a7d55'")
      .optional(),
    contact: link.optional(),
    edit_url: url.optional(),
    footer_links: z.array(link).max(8, 'at most 8 links').optional(),
    paper: z.enum(PAPER_SIZES).optional(),
    examples: z.boolean().optional(),
    content: z
      .array(z.string().trim().min(1, 'a folder path cannot be empty'))
      .min(1, 'name at least one folder')
      .optional(),
  })
  .strict();

/** The file's data after validation. */
export type ProjectConfig = z.infer<typeof projectConfigSchema>;
