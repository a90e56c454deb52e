// What several rules of one check read alike (Pingdingshan's mentors, the day its measures
// apply), worked out once for that check. Kept only while the check runs: a rule called
// directly, outside a check, computes afresh, so a context or facts changed in place
// between two direct calls are never answered from the first.
import { InvalidArgumentError } from './errors.js';
import type { RuleContext } from './types.js';

/** The check whose rules are running: a fresh token for each run of a check's rules. */
let running: object | undefined;

/**
 * Starts one run of a check's rules; what perCheck keeps is kept until `endCheck` with the
 * token this returns (the check outside it, if any). Always paired in a `finally`.
 */
export function beginCheck(): object | undefined {
  const outer = running;
  running = {};
  return outer;
}

export function endCheck(outer: object | undefined): void {
  running = outer;
}

/**
 * `compute`, remembered for the running check and the same context and object (one slot:
 * the last check's). Outside a check it is computed on every call.
 */
export function perCheck<A, T>(compute: (ctx: RuleContext, of: A) => T): (ctx: RuleContext, of: A) => T {
  if (typeof compute !== 'function') throw new InvalidArgumentError('compute', 'a function', compute);
  let check: object | undefined;
  let seenCtx: RuleContext | undefined;
  let seenOf: A | undefined;
  let value: T;
  return Object.freeze((ctx: RuleContext, of: A) => {
    const now = running;
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a cache; computing again gives the same value
    if (now !== undefined && now === check && ctx === seenCtx && of === seenOf) return value;
    value = compute(ctx, of);
    check = now;
    seenCtx = ctx;
    seenOf = of;
    return value;
  });
}
