/** The operating cadence (syncs, roadmap reviews, release notice, launch readiness), read from the library's template and fitted to the profile. */
import type { CadenceTemplate, Condition, Profile } from '../schema/index.ts';
import { launchIsNear } from './diagnose.ts';

/** One recurring meeting or rule. */
export interface CadenceItem {
  name: string;
  when: string;
  who: string;
  purpose: string;
  sources: string[];
}

/** Whether a profile meets every fact a condition names. */
function meets(p: Profile, c: Condition): boolean {
  const oneOf = <T>(allowed: readonly T[] | undefined, value: T) => !allowed || allowed.includes(value);
  const is = (wanted: boolean | undefined, value: boolean) => wanted === undefined || wanted === value;
  return (
    oneOf(c.stage, p.stage) &&
    oneOf(c.relationship, p.relationship) &&
    oneOf(c.reader, p.reader) &&
    oneOf(c.go_to_market, p.go_to_market) &&
    is(c.same_leader, p.reporting.same_leader) &&
    is(c.leaders_aligned, p.reporting.leaders_aligned) &&
    is(c.new_to_company, p.new_to_company) &&
    is(c.launch_near, launchIsNear(p))
  );
}

/** The meetings and rules of `templates/cadence.yaml` that keep PM, PMM and Sales in step at this company. */
export function cadence(p: Profile, template: CadenceTemplate): CadenceItem[] {
  return template.meetings
    .filter((m) => !m.only_if || m.only_if.some((c) => meets(p, c)))
    .map((m) => {
      const v = m.variants.find((variant) => meets(p, variant.if));
      return {
        name: m.name,
        when: v?.when ?? m.when,
        who: v?.who ?? m.who,
        purpose: v?.purpose ?? m.purpose,
        sources: [...(v?.sources ?? m.sources)],
      };
    });
}
