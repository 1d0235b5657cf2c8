/** The shared-metrics scorecard template: each team's own numbers plus the ones both teams own. */
import type { Profile, ScorecardTemplate } from '../schema/index.ts';

/** A block of metrics owned by one team or shared. */
export interface ScorecardGroup {
  owner: string;
  metrics: string[];
  sources: string[];
}

/** The scorecard: groups of metrics, with columns left blank to fill in. */
export interface Scorecard {
  note: string;
  columns: string[];
  groups: ScorecardGroup[];
}

/** The scorecard of `templates/scorecard.yaml`; different leaders get a line on who signs it off. */
export function scorecard(p: Profile, template: ScorecardTemplate): Scorecard {
  const signOff = p.reporting.same_leader ? template.sign_off.same_leader : template.sign_off.different_leaders;
  return {
    note: `${template.note} ${signOff}`,
    columns: [...template.columns],
    groups: template.groups.map(({ owner, metrics, sources }) => ({ owner, metrics, sources })),
  };
}
