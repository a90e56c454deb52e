/**
 * Comparing policies: their requirements side by side, and one studio checked against
 * every studio policy.
 * @packageDocumentation
 */
export { type CompareOptions, comparePolicies } from './matrix.js';
export {
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
export { COMPARE_FORMATS, type CompareFormat, renderComparison, renderEverywhere } from './render.js';
export { ROWS, THEMES } from './rows.js';
export { compareServices, type ServicesComparison, type ServicesRow } from './services.js';
export type * from './types.js';
