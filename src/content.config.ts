/** Astro's content layer over content/, fed by the shared library loader so the site and the CLIs apply one set of rules. */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { loadLibraryOnce } from './node/library/index.ts';
import { playbookSchema, profileSchema, situationSchema, sourceSchema, tacticSchema } from './core/schema/index.ts';
import { renderBody } from './core/markdown/render-body.ts';
import { isMdxFile } from './core/markdown/parse.ts';

type Name = 'tactics' | 'playbooks' | 'sources' | 'situations' | 'profiles';

/** A loader that validates and cross-checks the whole library (a bad file fails the build), then stores one collection. */
function libraryLoader(name: Name): Loader {
  return {
    name: `playbook-library-${name}`,
    load: async ({ store, parseData }) => {
      store.clear();
      for (const entry of loadLibraryOnce()[name]) {
        const data = await parseData({
          id: entry.id,
          data: entry.data as Record<string, unknown>,
          filePath: entry.file,
        });
        const rendered = entry.body
          ? renderBody(entry.body, { mdx: isMdxFile(entry.file), copyButtons: true })
          : undefined;
        store.set({
          id: entry.id,
          data,
          filePath: entry.file,
          ...(rendered
            ? {
                body: entry.body,
                rendered: {
                  html: rendered.html,
                  metadata: { headings: rendered.outline.map((h) => ({ depth: h.depth, slug: h.id, text: h.text })) },
                },
              }
            : {}),
        });
      }
    },
  };
}

export const collections = {
  tactics: defineCollection({ loader: libraryLoader('tactics'), schema: tacticSchema }),
  playbooks: defineCollection({ loader: libraryLoader('playbooks'), schema: playbookSchema }),
  sources: defineCollection({ loader: libraryLoader('sources'), schema: sourceSchema }),
  situations: defineCollection({ loader: libraryLoader('situations'), schema: situationSchema }),
  profiles: defineCollection({ loader: libraryLoader('profiles'), schema: profileSchema }),
};
