/** One schema per content kind: the single source of truth for the site, the scripts and the tests. */
export { tacticSchema, type Tactic } from './tactic.ts';
export { playbookSchema, type Playbook } from './playbook.ts';
export { sourceSchema, type Source } from './source.ts';
export { situationSchema, type Situation } from './situation.ts';
export { profileSchema, type Profile } from './profile.ts';
export { vocabularySchema, type VocabularyEntry, type VocabularyFile } from './vocabulary.ts';
export {
  TEMPLATE_IDS,
  TEMPLATE_SCHEMAS,
  type CadenceTemplate,
  type Condition,
  type ResponsibilitiesTemplate,
  type Role,
  type ScorecardTemplate,
  type TemplateData,
  type TemplateId,
  type Templates,
} from './templates.ts';
