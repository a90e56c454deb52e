// The registry: a policy is added by adding its folder and one line here.
import type { CheckOptions } from '../core/check.js';
import { InvalidArgumentError, UnknownPolicyError } from '../core/errors.js';
import type { EvaluateOptions } from '../core/evaluate.js';
import type { EvaluationReport } from '../core/grading.js';
import type { BundledPolicyId, Policy, Report, SubjectId } from '../core/types.js';
import { checkPolicy, evaluatePolicy } from '../define/checks.js';
import { isPolicy } from '../define/define.js';
import { nationalPolicy } from './national/index.js';
import type { StudioApplication } from './national/schema.js';
import { pingdingshanPolicy } from './pingdingshan/index.js';
import type { PingdingshanMentor, PingdingshanStudio } from './pingdingshan/schema.js';
import { taiyuanPolicy } from './taiyuan/index.js';
import type { Expert } from './taiyuan/schema.js';
import { tianjinPolicy } from './tianjin/index.js';
import type { TianjinStudioApplication } from './tianjin/schema.js';

/**
 * The registered policies, deep-frozen. Each `schema` in them is a separate instance,
 * built on every read: the checks keep their own, so a caller cannot change a verdict.
 */
export const policies: Readonly<Record<BundledPolicyId, Policy>> = Object.freeze({
  national: nationalPolicy,
  tianjin: tianjinPolicy,
  pingdingshan: pingdingshanPolicy,
  taiyuan: taiyuanPolicy,
});

/**
 * The policy with this id: frozen data, its schemas separate instances (see `policies`).
 * @throws UnknownPolicyError for an id the library does not know.
 */
export function getPolicy(id: string): Policy {
  const policy = typeof id === 'string' && Object.hasOwn(policies, id) ? policies[id as BundledPolicyId] : undefined;
  if (!policy) throw new UnknownPolicyError(id, Object.keys(policies));
  return policy;
}

/**
 * A bundled policy's id, or a policy object (a bundled one, or one made by `definePolicy`):
 * the policy, as callers hold it.
 * @throws UnknownPolicyError for an unknown id; InvalidArgumentError for an object that is
 * not a policy made by `definePolicy`.
 */
export function policyOf(policy: string | Policy): Policy {
  if (typeof policy === 'string') return getPolicy(policy);
  if (isPolicy(policy)) return policy;
  throw new InvalidArgumentError('policy', 'a policy id or a policy made by definePolicy', policy);
}

/** The input each policy's subject takes: `check('tianjin', 'studio', x)` knows x's shape. */
export interface SubjectInputs {
  national: { studio: StudioApplication };
  tianjin: { studio: TianjinStudioApplication };
  pingdingshan: { studio: PingdingshanStudio; mentor: PingdingshanMentor };
  taiyuan: { expert: Expert };
}

/** The subjects a policy rules: `SubjectOf<'taiyuan'>` is `'expert'`; over a union of policies, any of theirs. */
export type SubjectOf<P extends BundledPolicyId> = P extends BundledPolicyId
  ? keyof SubjectInputs[P] & SubjectId
  : never;

/** The input of a policy's subject (`unknown` data is accepted too, see `check`). */
export type InputOf<P extends BundledPolicyId, S extends SubjectId> = P extends BundledPolicyId
  ? S extends keyof SubjectInputs[P]
    ? SubjectInputs[P][S]
    : never
  : never;

/**
 * Checks an application against a policy, clause by clause. Never throws on bad input:
 * wrong types, impossible dates and unknown keys are reported as problems with paths.
 * The input is typed after the policy and subject, and any other value is accepted too
 * (data straight from a form or a file): the report says what is wrong with it.
 * `policy` is a bundled id or a policy object: one made by `definePolicy` (chuangye-rules/define)
 * or a bundled one (`getPolicy('tianjin')`).
 * @throws UnknownPolicyError / UnknownSubjectError for ids the library does not know;
 * InvalidArgumentError for an object that is not a defined policy; UnknownLanguageError
 * for a language other than zh and en.
 * @example
 * const report = check('national', 'studio', application, { asOf: '2026-11-22' });
 * report.verdict; // 'eligible' | 'ineligible' | 'incomplete' | 'invalid' | 'not_applicable'
 */
export function check<P extends BundledPolicyId, S extends SubjectOf<P>>(
  policy: P,
  subject: S,
  input: InputOf<P, S>,
  options?: CheckOptions,
): Report;
export function check<P extends BundledPolicyId, S extends SubjectOf<P>>(
  policy: P,
  subject: S,
  input: unknown,
  options?: CheckOptions,
): Report;
export function check(policy: Policy, subject: SubjectId, input: unknown, options?: CheckOptions): Report;
export function check(policy: string | Policy, subject: SubjectId, input: unknown, options?: CheckOptions): Report {
  return checkPolicy(policyOf(policy), subject, input, options);
}

/** The bundled policies with an annual evaluation through `evaluate` (Taiyuan's is `evaluateExpert`). */
export type EvaluatedPolicyId = 'tianjin' | 'pingdingshan';

/**
 * Grades a year's record under a policy's annual evaluation (Tianjin's 四, Pingdingshan's
 * 第十条). Never throws on bad input or options; the report names the standard it used.
 * `policy` is a bundled id or a policy object with an evaluation (one made by `definePolicy`).
 * @throws UnknownPolicyError, InvalidArgumentError for an object that is not a defined
 * policy, or UnknownSubjectError for a policy without an evaluation.
 * @example
 * evaluate('tianjin', year, { from: '2025-07-01', to: '2026-06-30' }).grade; // 'good'
 */
export function evaluate(
  policy: EvaluatedPolicyId | Policy,
  input: unknown,
  options?: EvaluateOptions,
): EvaluationReport {
  return evaluatePolicy(policyOf(policy), input, options);
}
