/** A policy id the library does not know: a programmer error, so it throws. */
export class UnknownPolicyError extends Error {
  override readonly name = 'UnknownPolicyError';
  constructor(
    readonly policyId: unknown,
    readonly known: readonly string[],
  ) {
    super(`unknown policy ${JSON.stringify(policyId)}; known: ${known.join(', ')}`);
  }
}

/** A subject the policy does not rule (Tianjin has no 'expert'): a programmer error. */
export class UnknownSubjectError extends Error {
  override readonly name = 'UnknownSubjectError';
  constructor(
    readonly policyId: string,
    readonly subject: unknown,
    readonly known: readonly string[],
  ) {
    super(`policy ${policyId} has no subject ${JSON.stringify(subject)}; it rules: ${known.join(', ')}`);
  }
}
