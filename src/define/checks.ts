// The checks of a policy object for callers: the object must be a policy (a view made by
// definePolicy or a bundled one). Apart from define.ts, so that a policy without an
// evaluation does not bundle the grading (decimal.js) by importing definePolicy.
import { checkPolicy as checkRaw } from '../core/check.js';
import { InvalidArgumentError, UnknownPolicyError } from '../core/errors.js';
import { evaluatePolicy as evaluateRaw } from '../core/evaluate.js';
import { isPolicyView, policyBehind } from '../core/public.js';
import type { Policy, SubjectId } from '../core/types.js';

/** The policy behind a view, after checking it is one. */
function definedPolicy(policy: unknown): Policy {
  if (isPolicyView(policy)) return policyBehind(policy);
  if (typeof policy === 'string') throw new UnknownPolicyError(policy, []);
  throw new InvalidArgumentError('policy', 'a policy made by definePolicy', policy);
}

/**
 * Checks one subject's input against a policy object, as the registry's `check` does.
 * @throws InvalidArgumentError for anything but a policy made by `definePolicy` (or a bundled one).
 */
export function checkPolicy(
  policy: Policy,
  subject: SubjectId,
  input: unknown,
  options?: import('../core/check.js').CheckOptions,
) {
  return checkRaw(definedPolicy(policy), subject, input, options);
}

/**
 * Grades a year's record under a policy object's evaluation, as the registry's `evaluate` does.
 * @throws InvalidArgumentError for anything but a defined policy; UnknownSubjectError without an evaluation.
 */
export function evaluatePolicy(
  policy: Policy,
  record: unknown,
  options?: import('../core/evaluate.js').EvaluateOptions,
) {
  return evaluateRaw(definedPolicy(policy), record, options);
}
