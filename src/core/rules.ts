// The shapes rules share, written once: a count against a minimum, years of service at
// a date (legal-periods kind E), a list that must be complete, an open list ending in
// "等", a fact a person attests. Each returns an Outcome with a message code.
import { Decimal } from 'decimal.js';
import { anniversary, elapsed } from '../calendar/periods.js';
import { type NamingRule, validateName } from './naming.js';
import type { Bilingual, Outcome, Parameter, Rule } from './types.js';

/** Declares a rule; the identity function, there for the types. */
export function rule<F>(spec: Rule<F>): Rule<F> {
  return spec;
}

export interface Option {
  id: string;
  label: Bilingual;
}

export function missing(label: Bilingual, paths: string[]): Outcome {
  return { status: 'unknown', code: 'missing', params: { label, paths: paths.join(', ') }, missing: paths };
}

const NO_UNIT: Bilingual = { zh: '', en: '' };

/** A whole count against a minimum ("3名及以上", "不少于10家"). */
export function atLeast(param: Parameter<number>, actual: number | undefined, path: string): Outcome {
  if (actual === undefined) return missing(param.label, [path]);
  return {
    status: actual >= param.value ? 'pass' : 'fail',
    code: 'count',
    params: { label: param.label, required: param.value, actual, unit: param.unit ?? NO_UNIT },
    expected: { min: param.value },
    actual,
  };
}

/** A decimal amount against a minimum, exactly ("面积不小于100m2", "100万元及以上"). */
export function amountAtLeast(param: Parameter<string>, actual: string | number | undefined, path: string): Outcome {
  if (actual === undefined) return missing(param.label, [path]);
  const value = new Decimal(actual);
  return {
    status: value.gte(param.value) ? 'pass' : 'fail',
    code: 'amount',
    params: { label: param.label, required: param.value, actual: value.toString(), unit: param.unit ?? NO_UNIT },
    expected: { min: param.value },
    actual: value.toString(),
  };
}

/** Years of some activity, from a start date (exact at `asOf`) or a declared number of years. */
export interface YearsFact {
  since?: string | undefined;
  years?: number | undefined;
}

function formatElapsed(e: { years: number; days: number }): Bilingual {
  return { zh: `${e.years}年${e.days}天`, en: `${e.years} years ${e.days} days` };
}

/**
 * Whether `fact` reaches `param.value` full years at `asOf` ("5年（含）以上": the
 * anniversary itself counts; kind E of the legal periods). A start date wins over a
 * declared number.
 */
export function yearsAtLeast(
  param: Parameter<number>,
  fact: YearsFact | undefined,
  asOf: string,
  paths: string[],
): Outcome {
  if (fact?.since !== undefined) {
    const e = elapsed(fact.since, asOf) ?? { years: 0, days: 0 };
    return {
      status: asOf >= anniversary(fact.since, param.value) ? 'pass' : 'fail',
      code: 'years',
      params: { label: param.label, required: param.value, actual: formatElapsed(e) },
      expected: { minYears: param.value, reachedOn: anniversary(fact.since, param.value) },
      actual: { since: fact.since, ...e },
    };
  }
  if (fact?.years !== undefined) {
    const declared = new Decimal(fact.years);
    return {
      status: declared.gte(param.value) ? 'pass' : 'fail',
      code: 'years',
      params: {
        label: param.label,
        required: param.value,
        actual: { zh: `申报${declared}年`, en: `${declared} years declared` },
      },
      expected: { minYears: param.value },
      actual: { years: fact.years },
    };
  }
  return missing(param.label, paths);
}

/** Every required item is present ("包括服务对象库、基础信息库…"). */
export function includesAll(
  param: Parameter<readonly Option[]>,
  actual: readonly string[] | undefined,
  path: string,
): Outcome {
  if (actual === undefined) return missing(param.label, [path]);
  const absent = param.value.filter((o) => !actual.includes(o.id));
  return {
    status: absent.length === 0 ? 'pass' : 'fail',
    code: 'includes',
    params: { label: param.label, required: param.value.map((o) => o.label), missing: absent.map((o) => o.label) },
    expected: param.value.map((o) => o.id),
    actual,
  };
}

/**
 * A kind from a list the text leaves open ("包括…等", "一般为…等"): a listed kind passes;
 * another kind needs the authority's acceptance, declared in `accepted`.
 */
export function listedKind(
  param: Parameter<readonly Option[]>,
  actual: string | undefined,
  accepted: boolean | undefined,
  paths: { kind: string; accepted: string },
): Outcome {
  if (actual === undefined) return missing(param.label, [paths.kind]);
  const listed = param.value.find((o) => o.id === actual);
  if (listed)
    return { status: 'pass', code: 'kind_listed', params: { label: param.label, actual: listed.label }, actual };
  const shown = { zh: actual, en: actual };
  if (accepted === undefined) {
    return {
      ...missing(param.label, [paths.accepted]),
      code: 'kind_unlisted',
      params: { label: param.label, actual: shown },
    };
  }
  return {
    status: accepted ? 'pass' : 'fail',
    code: accepted ? 'kind_accepted' : 'kind_rejected',
    params: { label: param.label, actual: shown },
    actual,
  };
}

/** A fact only a person can attest ("具有较强的社会影响力"): unknown until declared. */
export function attested(label: Bilingual, value: boolean | undefined, path: string): Outcome {
  if (value === undefined) return { ...missing(label, [path]), code: 'needs_attestation', params: { label } };
  return {
    status: value ? 'pass' : 'fail',
    code: value ? 'attested' : 'not_attested',
    params: { label },
    actual: value,
  };
}

/** A verifiable yes/no fact ("应制定年度工作计划"). */
export function present(label: Bilingual, value: boolean | undefined, path: string): Outcome {
  if (value === undefined) return missing(label, [path]);
  return { status: value ? 'pass' : 'fail', code: value ? 'present' : 'absent', params: { label }, actual: value };
}

/**
 * Counts the members that qualify when some facts may be missing: enough qualified
 * passes, too few even if every unknown qualified fails, otherwise unknown.
 */
export function enoughQualified(
  param: Parameter<number>,
  statuses: readonly Outcome[],
  missingPaths: string[],
): Outcome {
  const qualified = statuses.filter((s) => s.status === 'pass').length;
  const open = statuses.filter((s) => s.status === 'unknown').length;
  const base = {
    code: 'count',
    params: { label: param.label, required: param.value, actual: qualified, unit: param.unit ?? NO_UNIT },
    expected: { min: param.value },
    actual: { qualified, undecided: open, listed: statuses.length },
  };
  if (qualified >= param.value) return { status: 'pass', ...base };
  if (qualified + open < param.value) return { status: 'fail', ...base };
  return { status: 'unknown', ...base, missing: missingPaths };
}

/** The studio's name against its naming rule (generator and validator share the rule). */
export function nameFollows(
  rule: NamingRule,
  name: string | undefined,
  values: Readonly<Record<string, string | undefined>>,
  paths: { name: string; fields: Readonly<Record<string, string>> },
): Outcome {
  const label = { zh: '工作室名称', en: 'Studio name' };
  if (name === undefined) return missing(label, [paths.name]);
  const result = validateName(rule, name, values);
  if (result.valid)
    return { status: 'pass', code: 'name_matches', params: { pattern: rule.pattern, actual: name }, actual: name };
  if (result.reason === 'missing_values') {
    return missing(
      label,
      (result.missingFields ?? []).map((f) => paths.fields[f] ?? f),
    );
  }
  return {
    status: 'fail',
    code: 'name_mismatch',
    params: { pattern: rule.pattern, expected: result.expected ?? rule.pattern, actual: name },
    expected: result.expected ?? rule.pattern,
    actual: name,
  };
}

/**
 * Folds one outcome per member (each lead person) into one: a failure decides, then a
 * missing fact (all missing paths together), else the first pass.
 */
export function everyMember(outcomes: readonly Outcome[], none: Outcome): Outcome {
  const failed = outcomes.find((o) => o.status === 'fail');
  if (failed) return failed;
  const open = outcomes.filter((o) => o.status === 'unknown');
  if (open.length > 0) return { ...(open[0] as Outcome), missing: open.flatMap((o) => o.missing ?? []) };
  return outcomes[0] ?? none;
}
