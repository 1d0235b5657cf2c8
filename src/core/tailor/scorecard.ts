/** The shared-metrics scorecard template: each team's own numbers plus the ones both teams own. */
import type { Profile } from '../schema/index.ts';

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

/** The template, drawn from the metrics the sources name; different leaders get a line on who signs it off. */
export function scorecard(p: Profile): Scorecard {
  const signOff = p.reporting.same_leader
    ? 'Agree the shared row with your common leader before the quarter starts.'
    : 'You report to different leaders: have both sign off the shared row, so neither team is pulled back to its own numbers alone.';
  return {
    note: `Keep each team's own measures, and add the ones you both own. ${signOff}`,
    columns: ['Metric', 'Baseline', 'Target', 'Check-in date', 'Status'],
    groups: [
      {
        owner: 'Product management',
        metrics: ['User feedback', 'Analyst reviews', 'Product usage'],
        sources: ['productplan-c1', 'tango-l2'],
      },
      {
        owner: 'Product marketing',
        metrics: ['Leads and MQLs', 'Brand awareness', 'Win rate'],
        sources: ['productplan-c1', 'tango-l2'],
      },
      { owner: 'Shared by both teams', metrics: ['Active users', 'Revenue'], sources: ['productplan-5', 'tango-l2'] },
    ],
  };
}
