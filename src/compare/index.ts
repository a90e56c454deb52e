/**
 * Comparing policies: their requirements side by side, and one studio checked against
 * every studio policy.
 * @packageDocumentation
 */

export { MAX_IDS } from './ids.js';
export { type CompareOptions, comparePolicies } from './matrix.js';
export {
  type Blocker,
  type NextQuestions,
  type NextQuestionsOptions,
  nextQuestions,
  type Question,
  type WithoutApplication,
  withoutApplication,
} from './next.js';
export {
  type Ask,
  checkEverywhere,
  type EverywhereOptions,
  type EverywhereResult,
  type Gap,
  type PolicyOutcome,
  PROFILE_MAPPING,
  profileInput,
  STUDIO_POLICIES,
  type StudioPolicyId,
  type StudioProfile,
  studioProfileSchema,
} from './profile.js';
export { type FactSource, type FormField, PROFILE_FORM } from './questions.js';
export {
  type MovedRule,
  type ReformEntry,
  type ReformOptions,
  type ReformResult,
  type ReformRun,
  type ReformSummary,
  reform,
  startReform,
} from './reform.js';
export { COMPARE_FORMATS, type CompareFormat, renderComparison, renderEverywhere, renderQuestions } from './render.js';
export { ROWS, THEMES } from './rows.js';
export { compareServices, type ServicesComparison, type ServicesRow } from './services.js';
export type * from './types.js';
