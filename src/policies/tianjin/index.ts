/**
 * `chuangye-rules/tianjin`: 《市人社局关于开展天津市创业指导师工作室试点建设的通知》 —
 * Tianjin's studio recognition criteria, application materials, recognition and
 * evaluation procedures, annual evaluation in four grades, and supervision.
 * @packageDocumentation
 */

import { type CheckOptions, checkPolicy } from '../../core/check.js';
import { type EvaluateOptions, evaluatePolicy } from '../../core/evaluate.js';
import { deepFreeze } from '../../core/freeze.js';
import type { EvaluationReport } from '../../core/grading.js';
import { generateName, validateName } from '../../core/naming.js';
import { separateSchema } from '../../core/public.js';
import type { Policy, Report } from '../../core/types.js';
import { definePolicy } from '../../define/define.js';
import { clauses } from './clauses.js';
import { evaluation } from './evaluation.js';
import { tianjinStudioLabels, tianjinYearLabels } from './labels.js';
import { naming, parameters } from './parameters.js';
import { procedures } from './procedures.js';
import { studioSchema, yearRecordSchema } from './schema.js';
import { specialtyUnbracketed, studioRules } from './studio.js';

const tianjinPolicy: Policy = deepFreeze({
  id: 'tianjin',
  title: {
    zh: '市人社局关于开展天津市创业指导师工作室试点建设的通知',
    en: 'Notice on piloting entrepreneurship-mentor studios in Tianjin',
  },
  issuer: { zh: '天津市人力资源和社会保障局', en: 'Tianjin Municipal Human Resources and Social Security Bureau' },
  docNumber: null,
  binding: true,
  effective: { from: null, to: null, note: 'The text states neither an issue date nor a period of validity.' },
  repeals: [],
  subjects: ['studio'],
  clauses,
  parameters,
  checks: {
    studio: {
      label: { zh: '天津市创业指导师工作室', en: 'Tianjin entrepreneurship-mentor studio' },
      schema: studioSchema,
      rules: studioRules,
      labels: tianjinStudioLabels,
    },
  },
  evaluation: { ...evaluation, labels: tianjinYearLabels },
  procedures,
});

/**
 * The name 三（一）5 gives: 天津市 + 领办人姓名 + 创业指导师工作室 + 专业领域.
 * @example tianjinStudioName({ leadName: '王海', specialty: '科技创业' }); // '天津市王海创业指导师工作室科技创业'
 */
export function tianjinStudioName(values: { leadName: string; specialty: string }): string | null {
  return generateName(naming, values);
}

/**
 * Checks a studio name against 三（一）5, exactly; the specialty may be written in brackets
 * ("天津市王海创业指导师工作室（科技创业）"). The bureau names the studio when it issues the
 * plaque: a name off the rule is advice to the applicant, not an unmet condition.
 */
export function validateTianjinStudioName(name: string, values: { leadName?: string; specialty?: string } = {}) {
  return validateName(naming, typeof name === 'string' ? specialtyUnbracketed(name) : name, values);
}

export { defaultStandard } from './evaluation.js';
export * from './parameters.js';
export {
  changeFiling,
  type DeadlineCheck,
  evaluationTimeline,
  type ProcedureOptions,
  recognitionTimeline,
  rectification,
  type SpotCheckYear,
  spotCheckYears,
  supervisionTimeline,
  type TimelineResult,
  yearsWithoutSpotCheck,
} from './procedures.js';

// Callers get separate instances of the schemas and a frozen view of the policy; the checks
// keep their own, so nothing a caller changes reaches a verdict (issue 27).
const publicTianjinPolicy: Policy = definePolicy(tianjinPolicy, { allowBundledId: true });
const publicStudioSchema: typeof studioSchema = separateSchema(studioSchema);
const publicYearRecordSchema: typeof yearRecordSchema = separateSchema(yearRecordSchema);

export type { TianjinStudioApplication, TianjinYearRecord } from './schema.js';
export {
  clauses as tianjinClauses,
  publicStudioSchema as studioSchema,
  publicTianjinPolicy as tianjinPolicy,
  publicYearRecordSchema as yearRecordSchema,
};

/**
 * Checks a studio application under the notice: the registry's `check('tianjin', …)`
 * without the other policies, so a bundle that imports this subpath carries only this one.
 */
export function check(subject: 'studio', input: unknown, options?: CheckOptions): Report {
  return checkPolicy(tianjinPolicy, subject, input, options);
}

/** Grades a year's record under 四: the registry's `evaluate('tianjin', …)`. */
export function evaluate(input: unknown, options?: EvaluateOptions): EvaluationReport {
  return evaluatePolicy(tianjinPolicy, input, options);
}
