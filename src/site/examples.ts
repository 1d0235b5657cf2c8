/** The example profiles' plans, as the site shows them; the same stamps as the downloadable files. */
import type { Library } from '../node/library/index.ts';
import { contentVersion, siteLink, stampDate } from '../node/stamp.ts';
import { tailor, type Plan } from '../core/tailor/index.ts';

/** Tailors every example profile of the library. */
export function examplePlans(lib: Library): { slug: string; profileId: string; plan: Plan }[] {
  const options = { date: stampDate(), contentVersion: contentVersion(), link: siteLink() };
  return lib.profiles.map((p) => {
    const plan = tailor(p.data, lib, options);
    return { slug: plan.slug, profileId: p.id, plan };
  });
}
