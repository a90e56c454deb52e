/**
 * `chuangye-rules/taiyuan`: 《创业就业指导专家团管理办法》 (Taiyuan Municipal Human
 * Resources and Social Security Bureau), in force from 2026-02-01 for five years; it
 * repeals 并人社发〔2020〕30号, which is not encoded. One subject, `expert`: who may
 * serve, whether an appointment stands at a date, the grounds for dismissal and the
 * hearing before it — plus the dynamic evaluation and the matching of requests.
 * @packageDocumentation
 */
import { type CheckOptions, checkPolicy } from '../../core/check.js';
import { readOptions } from '../../core/errors.js';
import { deepFreeze } from '../../core/freeze.js';
import { publicPolicy, separateSchema } from '../../core/public.js';
import type { Policy, Report } from '../../core/types.js';
import { clauses } from './clauses.js';
import { evaluationRecordSchema, evaluationScheme, evaluationSchemeSchema } from './evaluation.js';
import { expertRules } from './expert.js';
import { taiyuanExpertLabels } from './labels.js';
import { matchRequestSchema } from './matching.js';
import { inForceFrom, inForceTo, parameters, repealed } from './parameters.js';
import { procedures } from './procedures.js';
import type { ReadingOptions } from './records.js';
import { backgroundSchema, dismissalSchema, expertSchema } from './schema.js';

const EXPERT_LABEL = { zh: '太原市创业就业专家', en: 'Taiyuan entrepreneurship and employment expert' };

const taiyuanPolicy: Policy = deepFreeze({
  id: 'taiyuan',
  title: {
    zh: '创业就业指导专家团管理办法',
    en: 'Measures for the Entrepreneurship and Employment Guidance Expert Team',
  },
  issuer: { zh: '太原市人力资源和社会保障局', en: 'Taiyuan Municipal Human Resources and Social Security Bureau' },
  docNumber: null,
  binding: true,
  effective: {
    from: inForceFrom.value,
    to: inForceTo,
    note: '第十五条: in force from 2026-02-01, valid five years (legal periods kind D: to 2031-01-31). The repealed 并人社发〔2020〕30号 is not encoded.',
  },
  repeals: [...repealed.value],
  subjects: ['expert'],
  clauses,
  parameters: [...parameters, evaluationScheme],
  checks: { expert: { label: EXPERT_LABEL, schema: expertSchema, rules: expertRules(), labels: taiyuanExpertLabels } },
  procedures,
});

const variants = new Map<string, Policy>();

/**
 * Checks an expert under other readings of the open words — "一年内" as a calendar
 * year, every term's records counting, or the anniversary reading of the term — the
 * same report as `check('taiyuan', 'expert', …)` with those rules.
 * @example
 * checkExpert(expert, { asOf: '2027-06-30', refusalWindow: 'calendar_year' }).verdict;
 */
export function checkExpert(input: unknown, rawOptions?: CheckOptions & ReadingOptions): Report {
  const options = readOptions<CheckOptions & ReadingOptions>(rawOptions, [
    'asOf',
    'lang',
    'refusalWindow',
    'recordScope',
    'termReading',
  ]);
  const readings: ReadingOptions = {
    ...(options.refusalWindow ? { refusalWindow: options.refusalWindow } : {}),
    ...(options.recordScope ? { recordScope: options.recordScope } : {}),
    ...(options.termReading ? { termReading: options.termReading } : {}),
  };
  const key = JSON.stringify([readings.refusalWindow, readings.recordScope, readings.termReading]);
  let policy = variants.get(key);
  // Stryker disable next-line ConditionalExpression: a cache; rebuilding the same frozen policy gives the same report
  if (!policy) {
    policy = deepFreeze({
      ...taiyuanPolicy,
      checks: {
        expert: {
          label: EXPERT_LABEL,
          schema: expertSchema,
          rules: expertRules(readings),
          labels: taiyuanExpertLabels,
        },
      },
    });
    variants.set(key, policy);
  }
  return checkPolicy(policy, 'expert', input, options);
}

/**
 * Checks an expert under the measures: the registry's `check('taiyuan', 'expert', …)`
 * (with `checkExpert`'s readings) without the other policies.
 */
export function check(subject: 'expert', input: unknown, options?: CheckOptions & ReadingOptions): Report {
  if (subject !== 'expert') return checkPolicy(taiyuanPolicy, subject, input, options);
  return checkExpert(input, options);
}

// Helpers over parsed records (judgeBackground, termsOf, termAt, dismissedOn, groundOutcome,
// confidentialityOutcome, procedureOutcome) are internal: checkExpert's report carries what
// they compute (issue 27).
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
export { procedures as taiyuanProcedures } from './procedures.js';
export {
  DEFECT_LABELS,
  GROUND_LABELS,
  type ProcedureDefect,
  type ReadingOptions,
  type Term,
} from './records.js';

// Callers get separate instances of the schemas and a frozen view of the policy; the checks
// keep their own, so nothing a caller changes reaches a verdict (issue 27).
const publicTaiyuanPolicy: Policy = publicPolicy(taiyuanPolicy);
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
