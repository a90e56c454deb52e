/**
 * `chuangye-rules/pingdingshan`: 《平顶山市大众创业指导大师工作室认定管理办法》
 * (平人社办〔2024〕44号) — the mentor's conditions and routes, the master studio's
 * composition and duties, its recognition procedure, the effects it owes every quarter
 * and year, and its exit from the list.
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
import { plainArgument, textArgument } from './arguments.js';
import { clauses } from './clauses.js';
import { evaluation } from './evaluation.js';
import { exitHistorySchema } from './exit.js';
import { pingdingshanMentorLabels, pingdingshanStudioLabels, pingdingshanYearLabels } from './labels.js';
import { mentorRules } from './mentor.js';
import { earliestInForce, naming, parameters } from './parameters.js';
import { procedures } from './procedures.js';
import { mentorSchema, studioSchema, yearRecordSchema } from './schema.js';
import { studioRules } from './studio.js';

const pingdingshanPolicy: Policy = {
  id: 'pingdingshan',
  title: {
    zh: '平顶山市大众创业指导大师工作室认定管理办法',
    en: 'Measures of Pingdingshan for recognising and managing master studios of mass entrepreneurship guidance',
  },
  issuer: {
    zh: '平顶山市人力资源和社会保障局',
    en: 'Pingdingshan Municipal Human Resources and Social Security Bureau',
  },
  docNumber: '平人社办〔2024〕44号',
  binding: true,
  effective: {
    from: null,
    to: null,
    clause: '第十四条',
    rules: ['pingdingshan.studio.in_force', 'pingdingshan.mentor.in_force'],
    // The caller's day of issue, else the earliest the text allows (its number dates it to 2024).
    period: (ctx) => ({ from: ctx.effectiveFrom ?? ctx.param(earliestInForce).value, to: null }),
    note: '第十四条 "自下发之日起试行"; the text carries no issue date. Before 2024 the measures did not exist; in 2024 reports assume them issued unless options.effectiveFrom gives the day (rules pingdingshan.studio.in_force, pingdingshan.mentor.in_force). Before they apply the verdict is not applicable.',
  },
  repeals: [],
  subjects: ['studio', 'mentor'],
  clauses,
  parameters,
  checks: {
    mentor: {
      label: { zh: '创业导师', en: 'Entrepreneurship mentor' },
      schema: mentorSchema,
      rules: mentorRules,
      labels: pingdingshanMentorLabels,
    },
    studio: {
      label: { zh: '市级大众创业指导大师工作室', en: 'Municipal master studio of mass entrepreneurship guidance' },
      schema: studioSchema,
      rules: studioRules,
      labels: pingdingshanStudioLabels,
    },
  },
  evaluation: { ...evaluation, labels: pingdingshanYearLabels },
  procedures,
};
// Everything but the zod schemas (which cache lazily) is frozen: no consumer can change the next report.
deepFreeze(pingdingshanPolicy);

/**
 * Checks a studio application or a mentor under the measures, as the registry's `check`
 * does, with this policy's readings typed (`readings: { 'studio.leadCountsAsMentor': true }`),
 * changed values (`parameters`, a reform) and `effectiveFrom`, the day of issue the text
 * does not state.
 * @example
 * check('studio', application, { asOf: '2026-11-22', readings: { 'studio.leadCountsAsMentor': true } }).verdict;
 */
export function check(
  subject: 'studio' | 'mentor',
  input: unknown,
  options?: CheckOptions & { readings?: PingdingshanReadings },
): Report {
  return checkPolicy(pingdingshanPolicy, subject, input, options);
}

/** The readings a caller may choose: each interpretation with named alternatives, and the one it replaces by default. */
export interface PingdingshanReadings {
  /** 第五条（三）1: whether the lead mentor counts among the 2 mentors (default false). */
  'studio.leadCountsAsMentor'?: boolean;
  /** 第五条（二）: the 5 years reached on the 5th anniversary (default) or the day after it (Civil Code art. 201). */
  'mentor.serviceYearsReached'?: 'anniversary' | 'day-after-anniversary';
  /** 第十条1: calendar quarters judged whole (default) or only their days inside the period. */
  'effects.quarters'?: 'calendar' | 'calendar-in-period';
  /** 第十条 "每年": only years the studio was recognised for from their first day (default), or its first year too. */
  'effects.year'?: 'whole-years' | 'from-recognition';
}

/**
 * The effects of 第十条 over a year, pass or fail under the library's labelled reading
 * unless `standard` gives the city's. Without `from`/`to`, the latest calendar year ended
 * before `asOf` (第十一条（一）年度评价).
 * @example evaluate(year, { asOf: '2026-03-01' }).period; // { from: '2025-01-01', to: '2025-12-31' }
 */
export function evaluate(
  input: unknown,
  options?: EvaluateOptions & { readings?: PingdingshanReadings },
): EvaluationReport {
  return evaluatePolicy(pingdingshanPolicy, input, options);
}

/**
 * The name 第六条（五）gives: 申报个人名称 + 大众创业指导大师工作室.
 * @example pingdingshanStudioName({ applicantName: '李华' }); // '李华大众创业指导大师工作室'
 */
export function pingdingshanStudioName(values: { applicantName: string }): string | null {
  const v = plainArgument(values, 'values');
  if (v.applicantName !== undefined) textArgument(v.applicantName, 'values.applicantName');
  return generateName(naming, v as { applicantName: string });
}

/** Checks a studio name against 第六条（五）, exactly (linear in the name's length). */
export function validatePingdingshanStudioName(name: string, values: { applicantName?: string } = {}) {
  const v = plainArgument(values, 'values');
  if (v.applicantName !== undefined) textArgument(v.applicantName, 'values.applicantName');
  return validateName(naming, textArgument(name, 'name'), v as { applicantName?: string });
}

// Helpers over parsed records (quarterOutcomes, mentorRoutes, countedMentors, mentorOutcomes,
// personKey) are internal: the reports carry what they compute (issue 27).
export { defaultStandard, type QuarterOutcome } from './evaluation.js';
export {
  type ExitAssessment,
  type ExitGround,
  type ExitHistory,
  exitAssessment,
  type GroundStatus,
} from './exit.js';
export type { MentorRoutes } from './mentor.js';
export * from './parameters.js';
export {
  type BallotCount,
  type BallotResult,
  type MajorMatterReport,
  majorMatterReport,
  type ProcedureOptions,
  recognitionSteps,
  recognitionTimeline,
  secretBallot,
} from './procedures.js';

// Callers get separate instances of the schemas and a frozen view of the policy; the checks
// keep their own, so nothing a caller changes reaches a verdict (issue 27).
const publicPingdingshanPolicy: Policy = definePolicy(pingdingshanPolicy, { allowBundledId: true });
const publicExitHistorySchema: typeof exitHistorySchema = separateSchema(exitHistorySchema);
const publicMentorSchema: typeof mentorSchema = separateSchema(mentorSchema);
const publicStudioSchema: typeof studioSchema = separateSchema(studioSchema);
const publicYearRecordSchema: typeof yearRecordSchema = separateSchema(yearRecordSchema);

export type { PingdingshanMentor, PingdingshanStudio, PingdingshanYearRecord } from './schema.js';
export type { MentorOutcome } from './studio.js';
export {
  clauses as pingdingshanClauses,
  publicExitHistorySchema as exitHistorySchema,
  publicMentorSchema as mentorSchema,
  publicPingdingshanPolicy as pingdingshanPolicy,
  publicStudioSchema as studioSchema,
  publicYearRecordSchema as yearRecordSchema,
};
