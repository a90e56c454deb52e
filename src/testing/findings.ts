// What the kit reports: one finding per thing wrong, and one error listing them all, so a
// failing test names every clause, parameter and rule to fix at once (not the first).
import { describeValue } from '../calendar/errors.js';
import { ChuangyeError } from '../core/errors.js';

/** What a finding is about. */
export type FindingKind =
  /** Two clauses share an id. */
  | 'clause_id_repeated'
  /** A clause's text is not found in the source, whitespace aside. */
  | 'clause_not_verbatim'
  /** A parameter's quote is not found in the source, whitespace aside. */
  | 'parameter_not_verbatim'
  /** Two parameters, or two rules, share an id. */
  | 'id_repeated'
  /** A parameter whose provenance is 'interpretation' or 'default' without the note that explains it. */
  | 'parameter_unexplained'
  /** A parameter cites a clause the policy does not list. */
  | 'parameter_clause_missing'
  /** A rule, procedure step or scoring area cites a clause the policy does not list. */
  | 'citation_dangling'
  /** A clause marked `rule` or `declaration` that no rule cites. */
  | 'rule_clause_uncited'
  /** A clause marked `rule` whose rules never fail on the cases given: nothing shows they can. */
  | 'rule_clause_never_fails'
  /** A numeric threshold with no boundary pair, and no reason given for its exemption. */
  | 'threshold_untested'
  /** A boundary pair on which no rule reading the parameter passes on one side and fails on the other. */
  | 'threshold_not_flipped'
  /** A boundary pair whose input has errors, or names a parameter or subject the policy lacks. */
  | 'boundary_invalid'
  /** A parameter no rule reads over the cases, and not declared informative. */
  | 'parameter_unread'
  /** A parameter declared informative that a rule reads (a reading a caller could then not choose). */
  | 'informative_parameter_read'
  /** A rule reads a parameter the policy does not declare (a rule shared by versions, reading one this version lacks). */
  | 'parameter_undeclared'
  /** A case names a subject the policy does not rule. */
  | 'case_invalid'
  /** A rule threw while the kit ran it over a case. */
  | 'rule_threw'
  /** A check or an evaluation threw on an input (only a report with problems is allowed). */
  | 'input_threw';

/** One thing wrong with a policy's encoding: what, about which id, and in words. */
export interface Finding {
  kind: FindingKind;
  /** The clause, parameter or rule id it is about (a subject for `input_threw`). */
  id: string;
  message: string;
}

/**
 * A policy's encoding failed the kit: `findings` lists every finding, and the message
 * every one of them, one a line.
 */
export class PolicyTestError extends ChuangyeError {
  override readonly name = 'PolicyTestError';
  readonly findings: readonly Finding[];
  constructor(findings: readonly Finding[]) {
    const list = copyFindings(findings);
    super(
      `${list.length} finding${list.length === 1 ? '' : 's'} in the policy's encoding:\n${list
        .map((f) => `- ${f.kind} ${f.id}: ${f.message}`)
        .join('\n')}`,
    );
    this.findings = list;
  }
}

/** Throws a PolicyTestError listing `findings` when there is any. */
export function throwIfAny(findings: readonly Finding[]): void {
  if (findings.length > 0) throw new PolicyTestError(findings);
}

/** The findings as plain frozen copies: the constructor is exported, so it may be given anything. */
function copyFindings(findings: unknown): readonly Finding[] {
  const text = (v: unknown): string => (typeof v === 'string' ? v : describeValue(v));
  const out: Finding[] = [];
  try {
    if (!Array.isArray(findings)) return Object.freeze(out);
    for (const f of findings.slice(0, 10_000)) {
      const o = (f ?? {}) as Record<string, unknown>;
      out.push(Object.freeze({ kind: text(o.kind) as FindingKind, id: text(o.id), message: text(o.message) }));
    }
  } catch {
    // A Proxy or a throwing getter: what was read so far.
  }
  return Object.freeze(out);
}
