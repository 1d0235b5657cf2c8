/** `tailor/data.json`: the library and stamps the tailor page's script needs, written once at build time. */
import type { APIRoute } from 'astro';
import { loadLibraryOnce } from '../../node/library/index.ts';
import { contentVersion, publisher, stampDate } from '../../node/stamp.ts';
import { toTailorData } from '../../client/tailor/data.ts';

/** Prerendered with the site, so it always matches the pages' content version. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      toTailorData(loadLibraryOnce(), {
        contentVersion: contentVersion(),
        date: stampDate(),
        publisher: publisher(),
      }),
    ),
    { headers: { 'content-type': 'application/json; charset=utf-8' } },
  );
