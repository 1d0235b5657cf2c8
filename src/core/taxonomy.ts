/** The fixed vocabularies of DESIGN.md §2–4: ids are contracts, labels are for people. */

/** Situation ids, in the order of DESIGN.md §2. */
export const SITUATION_IDS = [
  'new-in-role',
  'tense-relationship',
  'bad-launch-history',
  'unclear-roles',
  'misaligned-metrics',
  'late-involvement',
  'poor-communication',
  'sales-overpromising',
  'collateral-misstates',
  'personal-friction',
  'stalled-decisions',
  'leaders-in-conflict',
  'proving-value',
  'message-overload',
  'small-company',
  'solution-pushing',
  'misaligned-incentives',
] as const;
export type SituationId = (typeof SITUATION_IDS)[number];

/** Who runs a tactic, or who reads a playbook. */
export const AUDIENCES = ['pm', 'pmm', 'pm-leader', 'pmm-leader', 'sales', 'executive'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Human labels for audiences. */
export const AUDIENCE_LABELS: Record<Audience, string> = {
  pm: 'Product manager',
  pmm: 'Product marketing manager',
  'pm-leader': 'Product leader',
  'pmm-leader': 'Product marketing leader',
  sales: 'Sales',
  executive: 'Executive',
};

/** Company stages. */
export const STAGES = ['startup', 'scaleup', 'enterprise'] as const;
export type Stage = (typeof STAGES)[number];

/** Human labels for stages. */
export const STAGE_LABELS: Record<Stage, string> = {
  startup: 'Startup',
  scaleup: 'Scale-up',
  enterprise: 'Enterprise',
};

/** How healthy the PM–PMM relationship is. */
export const RELATIONSHIPS = ['healthy', 'strained', 'broken'] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

/** Where a tactic sits in the arc from understanding to habit; the tailoring orders by it. */
export const PHASES = ['listen', 'reset', 'align', 'build', 'sustain'] as const;
export type Phase = (typeof PHASES)[number];

/** Human labels for phases. */
export const PHASE_LABELS: Record<Phase, string> = {
  listen: 'Listen and diagnose',
  reset: 'Reset the relationship',
  align: 'Align on roles, goals and metrics',
  build: 'Build together',
  sustain: 'Sustain the habit',
};

/** True for the phases that repair a relationship (listening, then resetting): a broken one starts with them. */
export function isRepairPhase(phase: Phase): boolean {
  return phase === 'listen' || phase === 'reset';
}

/** How soon a tactic shows results. */
export const IMPACTS = ['days', 'weeks', 'months'] as const;

/** The effort scale of a play card, with its definition (shown on the site). */
export const EFFORTS = ['light', 'moderate', 'heavy'] as const;
export type Effort = (typeof EFFORTS)[number];

/** What each effort level means, in the site's words. */
export const EFFORT_DEFINITIONS: Record<Effort, string> = {
  light: 'under two hours in all',
  moderate: 'a few hours over one or two weeks',
  heavy: 'several people over several weeks',
};

/** Source kinds: a practitioner's answer, an article, or a company's own record (e.g. a launch review). */
export const SOURCE_KINDS = ['answer', 'article', 'internal'] as const;

/** Go-to-market motions of an org profile. */
export const GO_TO_MARKET = ['sales-led', 'product-led', 'hybrid'] as const;

/** "a scale-up", "an enterprise", "an executive": the indefinite article for a label. */
function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}

/** A stage in running text: "a scale-up". */
export const aStage = (stage: Stage): string => withArticle(STAGE_LABELS[stage].toLowerCase());

/** An audience in running text: "a product marketing manager". */
export const anAudience = (audience: Audience): string => withArticle(AUDIENCE_LABELS[audience].toLowerCase());
