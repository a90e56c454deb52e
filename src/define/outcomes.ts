// The four outcomes a rule returns, as constructors: a rule author writes
// `pass('area_ok', { … })` rather than an object literal with a misspelt status.
import type { Bilingual, MessageParams, Outcome } from '../core/types.js';

/** What an outcome may carry beyond its status and code. */
export interface OutcomeDetails {
  /** Fills the message of `code` in the messages table (`render`). */
  params?: MessageParams;
  /** The message itself, where the policy words it (then `params` is not used). */
  message?: Bilingual;
  expected?: unknown;
  actual?: unknown;
}

function outcome(status: Outcome['status'], code: string, details: OutcomeDetails = {}): Outcome {
  const { params, message, expected, actual } = details;
  return {
    status,
    code,
    ...(params === undefined ? {} : { params }),
    ...(message === undefined ? {} : { message }),
    ...(expected === undefined ? {} : { expected }),
    ...(actual === undefined ? {} : { actual }),
  };
}

/** The condition is met. */
export const pass = (code: string, details?: OutcomeDetails): Outcome => outcome('pass', code, details);
/** The condition is not met: the application is ineligible (unless the rule is advice). */
export const fail = (code: string, details?: OutcomeDetails): Outcome => outcome('fail', code, details);
/**
 * The facts that decide it are missing: not a failure, it tells the user what to supply.
 * `missing` lists the input paths ('venue.areaSqm').
 */
export const unknown = (code: string, missing: readonly string[], details?: OutcomeDetails): Outcome => ({
  ...outcome('unknown', code, details),
  missing: [...missing],
});
/** The condition does not apply to this subject (a route not taken, a record not kept). */
export const notApplicable = (code: string, details?: OutcomeDetails): Outcome =>
  outcome('not_applicable', code, details);
