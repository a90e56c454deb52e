// The registry: a policy is added by adding its folder and one line here.
import { type CheckOptions, checkPolicy } from '../core/check.js';
import { UnknownPolicyError } from '../core/errors.js';
import { type EvaluateOptions, evaluatePolicy } from '../core/evaluate.js';
import type { EvaluationReport } from '../core/grading.js';
import type { Policy, PolicyId, Report, SubjectId } from '../core/types.js';
import { nationalPolicy } from './national/index.js';
import { pingdingshanPolicy } from './pingdingshan/index.js';
import { taiyuanPolicy } from './taiyuan/index.js';
import { tianjinPolicy } from './tianjin/index.js';

export const policies: Readonly<Partial<Record<PolicyId, Policy>>> = Object.freeze({
  national: nationalPolicy,
  tianjin: tianjinPolicy,
  pingdingshan: pingdingshanPolicy,
  taiyuan: taiyuanPolicy,
});

/** The policy with this id. @throws UnknownPolicyError for an id the library does not know. */
export function getPolicy(id: string): Policy {
  const policy = typeof id === 'string' && Object.hasOwn(policies, id) ? policies[id as PolicyId] : undefined;
  if (!policy) throw new UnknownPolicyError(id, Object.keys(policies));
  return policy;
}

/**
 * Checks an application against a policy, clause by clause. Never throws on bad input:
 * wrong types, impossible dates and unknown keys are reported as problems with paths.
 * @throws UnknownPolicyError / UnknownSubjectError for ids the library does not know.
 * @example
 * const report = check('national', 'studio', application, { asOf: '2026-11-22' });
 * report.verdict; // 'eligible' | 'ineligible' | 'incomplete' | 'invalid'
 */
export function check(policy: PolicyId, subject: SubjectId, input: unknown, options?: CheckOptions): Report {
  return checkPolicy(getPolicy(policy), subject, input, options);
}

/**
 * Grades a year's record under a policy's annual evaluation (Tianjin's 四). Never throws
 * on bad input or options; the report names the standard it used.
 * @throws UnknownPolicyError, or UnknownSubjectError for a policy without an evaluation.
 * @example
 * evaluate('tianjin', year, { from: '2025-07-01', to: '2026-06-30' }).grade; // 'good'
 */
export function evaluate(policy: PolicyId, input: unknown, options?: EvaluateOptions): EvaluationReport {
  return evaluatePolicy(getPolicy(policy), input, options);
}
