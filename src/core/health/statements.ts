/** The relationship health check: dimensions, the statements people rate, and the rating scale. */
import type { SituationId } from '../taxonomy.ts';

/** The areas the check scores, each tied to the situation a low score points to. */
export const DIMENSIONS = [
  { id: 'roles', label: 'Role clarity', situation: 'unclear-roles' },
  { id: 'goals', label: 'Shared goals and metrics', situation: 'misaligned-metrics' },
  { id: 'involvement', label: 'Early involvement', situation: 'late-involvement' },
  { id: 'communication', label: 'Communication', situation: 'poor-communication' },
  { id: 'trust', label: 'Trust', situation: 'tense-relationship' },
] as const satisfies readonly { id: string; label: string; situation: SituationId }[];

/** A dimension id. */
export type DimensionId = (typeof DIMENSIONS)[number]['id'];

/** One statement to rate from 1 (strongly disagree) to 5 (strongly agree). */
export interface Statement {
  id: string;
  dimension: DimensionId;
  text: string;
  /** Worded as a problem: agreeing with it is the unhealthy answer. */
  negative: boolean;
  /** A situation this statement alone points to when answered badly. */
  signals?: SituationId;
}

/**
 * The statements, in our words, drawn from the causes of friction in the sources (loose roles, different
 * metrics and leaders, late involvement, hidden roadmaps, misread working styles, grudges). Their order is
 * part of shared links (one character per statement), so add new ones at the end.
 */
export const STATEMENTS: readonly Statement[] = [
  {
    id: 'roles-owner',
    dimension: 'roles',
    negative: false,
    text: 'For each part of a launch, from customer research to the sales deck, we both know who leads it.',
  },
  {
    id: 'roles-gaps',
    dimension: 'roles',
    negative: true,
    text: 'Work gets dropped or done twice, or we argue about whose job it is.',
  },
  {
    id: 'goals-shared',
    dimension: 'goals',
    negative: false,
    text: 'Product and product marketing are judged on at least one success measure they share.',
  },
  {
    id: 'goals-apart',
    dimension: 'goals',
    negative: true,
    text: 'Each team’s own targets pull us in different directions.',
  },
  {
    id: 'goals-leaders',
    dimension: 'goals',
    negative: true,
    signals: 'leaders-in-conflict',
    text: 'The heads of product and of marketing want different things, and our teams feel it.',
  },
  {
    id: 'involvement-early',
    dimension: 'involvement',
    negative: false,
    text: 'Product marketing helps shape new work while it is still being planned, rather than receiving it at launch.',
  },
  {
    id: 'involvement-roadmap',
    dimension: 'involvement',
    negative: false,
    text: 'Product marketing can see the current roadmap and hears when it changes.',
  },
  {
    id: 'communication-surprises',
    dimension: 'communication',
    negative: true,
    text: 'Release dates, scope changes or announcements still take one of us by surprise.',
  },
  {
    id: 'communication-open',
    dimension: 'communication',
    negative: false,
    text: 'We talk often and openly enough that small problems come up before they grow.',
  },
  {
    id: 'trust-commitments',
    dimension: 'trust',
    negative: false,
    text: 'I can count on my counterpart to do what they said they would.',
  },
  {
    id: 'trust-grudges',
    dimension: 'trust',
    negative: true,
    signals: 'personal-friction',
    text: 'Old grudges, or a launch that went badly, still colour how we treat each other.',
  },
];

/** The rating scale, 1 to 5, with the words shown for each point. */
export const SCALE = ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'] as const;
