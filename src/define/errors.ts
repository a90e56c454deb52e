import { ChuangyeError } from '../core/errors.js';

/** One thing wrong with a policy definition: where, and what. */
export interface DefinitionProblem {
  /** Where in the definition: ['clauses', 3, 'id'], ['checks', 'studio', 'rules', 0, 'clauses', 1]. */
  readonly path: readonly (string | number)[];
  /** A stable code: 'duplicate_id', 'unknown_clause', 'uncited_rule_clause', … */
  readonly code: string;
  readonly message: string;
}

/** The longest list an error keeps: a definition broken everywhere still gives a readable error. */
const MAX_PROBLEMS = 200;

const text = (v: unknown): string =>
  typeof v === 'string' ? v.slice(0, 500) : typeof v === 'number' ? String(v) : '?';

/** The problems as plain frozen data (the constructor is exported: it may be given anything). */
function copyProblems(problems: unknown): readonly DefinitionProblem[] {
  try {
    if (!Array.isArray(problems)) return Object.freeze([]);
    return Object.freeze(
      problems.slice(0, MAX_PROBLEMS).map((p: Partial<DefinitionProblem> | undefined) =>
        Object.freeze({
          path: Object.freeze(
            Array.isArray(p?.path) ? p.path.slice(0, 50).map((k) => (typeof k === 'number' ? k : text(k))) : [],
          ),
          code: text(p?.code),
          message: text(p?.message),
        }),
      ),
    );
  } catch {
    // A revoked Proxy or a throwing getter: an error with nothing listed rather than none at all.
    return Object.freeze([]);
  }
}

/**
 * A policy definition `definePolicy` refuses, with every problem it found, each with a path.
 * A programmer's error: thrown, never a report.
 */
export class PolicyDefinitionError extends ChuangyeError {
  override readonly name = 'PolicyDefinitionError';
  readonly problems: readonly DefinitionProblem[];
  constructor(problems: readonly DefinitionProblem[]) {
    const list = copyProblems(problems);
    const lines = list.slice(0, 20).map((p) => `  ${p.path.join('.') || '(definition)'}: ${p.message}`);
    super(`invalid policy definition:\n${lines.join('\n')}`);
    this.problems = list;
  }
}
