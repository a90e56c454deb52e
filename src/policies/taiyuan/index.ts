/**
 * `chuangye-rules/taiyuan`: 《创业就业指导专家团管理办法》 (Taiyuan Municipal Human
 * Resources and Social Security Bureau), in force from 2026-02-01 for five years; it
 * repeals 并人社发〔2020〕30号, which is not encoded. One subject, `expert`, asked two
 * questions: may this person be selected (`checkCandidate`: 第五条, 第六条), and does the
 * appointment stand at a date (`checkExpert`, the registry's `check('taiyuan', 'expert')`:
 * the term, the grounds for dismissal and the hearing before it) — plus the dynamic
 * evaluation and the matching of requests.
 * @packageDocumentation
 */
import { checkPolicy } from '../../core/check.js';
import { separateSchema } from '../../core/public.js';
import type { Policy, Report, SubjectId } from '../../core/types.js';
import { definePolicy } from '../../define/define.js';
import { clauses } from './clauses.js';
import { evaluationRecordSchema, evaluationSchemeSchema } from './evaluation.js';
import { matchRequestSchema } from './matching.js';
import { candidatePolicy, checkWith, type TaiyuanCheckOptions, taiyuanPolicy } from './policy.js';
import { backgroundSchema, dismissalSchema, expertSchema } from './schema.js';

export { READING_ALIASES, type TaiyuanCheckOptions } from './policy.js';

/**
 * The serving check: whether the appointment stands at `asOf` (term, grounds, dismissal),
 * with the candidate's conditions. The same report as `check('taiyuan', 'expert', …)`.
 * Readings go in `readings` by parameter id (`{ 'dismissal.refusals.window':
 * 'calendar_year' }`); the 0.x options `refusalWindow`, `recordScope` and `termReading`
 * are accepted as aliases of them until the next minor version (deprecated).
 * @example
 * checkExpert(expert, { asOf: '2027-06-30', readings: { 'dismissal.refusals.window': 'calendar_year' } }).verdict;
 */
export function checkExpert(input: unknown, options?: TaiyuanCheckOptions): Report {
  return checkWith(taiyuanPolicy, input, options);
}

/**
 * The candidate check: whether a person may be selected or re-selected (第五条, 第六条,
 * while 第十五条 is in force). Terms, records and a dismissal are not read: not serving is
 * not the same as not qualified (第三条 "重新组织选聘").
 * @example
 * checkCandidate(formerExpert, { asOf: '2029-06-01' }).verdict; // 'eligible' after the term ended
 */
export function checkCandidate(input: unknown, options?: TaiyuanCheckOptions): Report {
  return checkWith(candidatePolicy, input, options);
}

/** `checkExpert` under the registry's signature, without the other policies. */
export function check(subject: 'expert', input: unknown, options?: TaiyuanCheckOptions): Report {
  // Another subject: the library's UnknownSubjectError, as from the registry.
  return subject === 'expert' ? checkExpert(input, options) : checkPolicy(taiyuanPolicy, subject as SubjectId, input);
}

// Helpers over parsed records (judgeBackground, termsOf, termAt, dismissedOn, groundOutcome,
// confidentialityOutcome, procedureOutcome) are internal: the reports carry what they
// compute (issue 27).
export type { CategoryFinding } from './categories.js';
export {
  defaultScheme,
  type EvaluationOutcome,
  type EvaluationRecord,
  type EvaluationScheme,
  type ExpertEvaluation,
  type ExpertEvaluationOptions,
  evaluateExpert,
  evaluationScheme,
  OUTCOME_LABELS,
} from './evaluation.js';
export {
  type ExcludedExpert,
  type ExclusionCode,
  type MatchedExpert,
  type MatchRequest,
  type MatchResult,
  matchExperts,
} from './matching.js';
export { TAIYUAN_MESSAGES } from './messages.js';
export * from './parameters.js';
export { procedures as taiyuanProcedures, selectionTimeline } from './procedures.js';
export {
  DEFECT_LABELS,
  GROUND_LABELS,
  type ProcedureDefect,
  type ReadingOptions,
  type Term,
} from './records.js';

// Callers get separate instances of the schemas and a frozen view of the policy; the checks
// keep their own, so nothing a caller changes reaches a verdict (issue 27).
const publicTaiyuanPolicy: Policy = definePolicy(taiyuanPolicy, { allowBundledId: true });
const publicBackgroundSchema: typeof backgroundSchema = separateSchema(backgroundSchema);
const publicDismissalSchema: typeof dismissalSchema = separateSchema(dismissalSchema);
const publicEvaluationRecordSchema: typeof evaluationRecordSchema = separateSchema(evaluationRecordSchema);
const publicEvaluationSchemeSchema: typeof evaluationSchemeSchema = separateSchema(evaluationSchemeSchema);
const publicExpertSchema: typeof expertSchema = separateSchema(expertSchema);
const publicMatchRequestSchema: typeof matchRequestSchema = separateSchema(matchRequestSchema);

export {
  type Background,
  CATEGORY_IDS,
  type CategoryId,
  type Dismissal,
  type DismissalRecord,
  type Expert,
  GROUND_IDS,
  type GroundId,
  RECORD_KINDS,
  SERVICE_TYPES,
  type ServiceType,
} from './schema.js';
export {
  clauses as taiyuanClauses,
  publicBackgroundSchema as backgroundSchema,
  publicDismissalSchema as dismissalSchema,
  publicEvaluationRecordSchema as evaluationRecordSchema,
  publicEvaluationSchemeSchema as evaluationSchemeSchema,
  publicExpertSchema as expertSchema,
  publicMatchRequestSchema as matchRequestSchema,
  publicTaiyuanPolicy as taiyuanPolicy,
};
