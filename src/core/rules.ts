// The shapes rules share, written once: a count against a minimum, years of service at
// a date (legal-periods kind E), a list that must be complete, an open list ending in
// "等", a fact a person attests. Each returns an Outcome with a message code.
import { anniversaryOfValid, elapsedValid, formatIsoDate, parseIsoDate } from '../calendar/date.js';
import { InvalidArgumentError } from './errors.js';
import { render } from './messages.js';
import { type NamingRule, validateName } from './naming.js';
import type {
  Bilingual,
  Duplicate,
  MessageParams,
  Outcome,
  OutcomeStatus,
  Parameter,
  Rule,
  Severity,
} from './types.js';

const constantMessages = new WeakMap<object, Map<unknown, Bilingual>>();
/**
 * A message that depends only on static data (a parameter, a label), rendered once per
 * key and code: most results of a good application are such constant passes.
 */
function once(key: object, code: string, params: () => MessageParams, slot: unknown = code): Bilingual {
  let byCode = constantMessages.get(key);
  // Stryker disable next-line ConditionalExpression: a cache; rebuilding it gives the same message
  if (!byCode) {
    byCode = new Map();
    constantMessages.set(key, byCode);
  }
  let message = byCode.get(slot);
  // Stryker disable next-line ConditionalExpression: a cache; rendering again gives the same message
  if (!message) {
    // Frozen: reports share it (core/check.ts hands a frozen message out as it is).
    message = Object.freeze(render(code, params()));
    byCode.set(slot, message);
  }
  return message;
}

/** Declares a rule. Its clause list goes into every report, so it is frozen. */
export function rule<F>(spec: Rule<F>): Rule<F> {
  Object.freeze(spec.clauses);
  return spec;
}

export interface Option {
  id: string;
  label: Bilingual;
}

/**
 * The status a missing date would give whatever it is, or undefined when some date would
 * change it: a fact that cannot change the outcome does not leave it unknown. `judge` must
 * change its answer only on a breakpoint or the day after one (a date compared with each
 * breakpoint by <, <=, >, >=), so trying each breakpoint and the days either side tries
 * every stretch of dates between them. Breakpoints are valid `YYYY-MM-DD` dates.
 */
export function sameForEveryDate(
  judge: (date: string) => OutcomeStatus,
  breakpoints: readonly string[],
): OutcomeStatus | undefined {
  let seen: OutcomeStatus | undefined;
  for (const b of breakpoints) {
    const day = parseIsoDate(b);
    // A breakpoint off the calendar (a year past 9999): nothing is decided.
    if (day === null) return undefined;
    for (const d of [day - 1, day, day + 1]) {
      const status = judge(formatIsoDate(d));
      if (seen !== undefined && status !== seen) return undefined;
      seen = status;
    }
  }
  return seen;
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
  // A decimal string is shown as given (schema-validated digits), a number as JavaScript prints it.
  const shown = String(actual);
  return {
    status: decimalGte(actual, param.value) ? 'pass' : 'fail',
    code: 'amount',
    params: { label: param.label, required: param.value, actual: shown, unit: param.unit ?? NO_UNIT },
    expected: { min: param.value },
    actual: shown,
  };
}

/** Years of some activity, from a start date (exact at `asOf`) or a declared number of years. */
export interface YearsFact {
  since?: string | undefined;
  years?: number | undefined;
}

/**
 * `a >= b` exactly, for non-negative decimals as the schemas admit them (numbers, or
 * strings of digits with an optional fraction). Two numbers compare exactly as they
 * are; a string is compared digit by digit, never rounded through a float — so
 * "99.999999999999999999" stays below 100. decimal.js does the arithmetic elsewhere.
 */
export function decimalGte(a: string | number, b: string | number): boolean {
  // Stryker disable next-line all: a fast path; the digit comparison below gives the same answer for numbers
  if (typeof a === 'number' && typeof b === 'number') return a >= b;
  const [ai, af] = splitDecimal(a);
  const [bi, bf] = splitDecimal(b);
  // Stryker disable next-line EqualityOperator: the lengths differ here, so > and >= agree
  if (ai.length !== bi.length) return ai.length > bi.length;
  // Stryker disable next-line EqualityOperator: the strings differ here, so > and >= agree
  if (ai !== bi) return ai > bi;
  // Trailing zeros of a fraction are padded, not stripped: "0.50" and "0.5" compare equal.
  const width = Math.max(af.length, bf.length);
  // Stryker disable next-line StringLiteral: a's digits decide before b's shorter fraction ends, or are >= the zeros after it
  return af.padEnd(width, '0') >= bf.padEnd(width, '0');
}

/** Integer digits without leading zeros, and the fraction digits. */
function splitDecimal(value: string | number): [string, string] {
  // Stryker disable next-line ConditionalExpression: a schema-checked string has no exponent, so numberToPlain returns it unchanged
  const text = typeof value === 'number' ? numberToPlain(value) : value;
  const dot = text.indexOf('.');
  // A scan rather than a regular expression (an amount is compared in every check); it
  // stops at the point or the end, neither of which is a zero.
  let from = 0;
  while (text.charCodeAt(from) === 48) from++;
  return dot < 0 ? [text.slice(from), ''] : [text.slice(from, dot), text.slice(dot + 1)];
}

/**
 * A finite non-negative number in plain decimal notation: the shortest digits JavaScript
 * prints, with the exponent written out (1e21 → "1000000000000000000000", 1.5e-7 →
 * "0.00000015"). String work only, so no decimal library is bundled for a comparison.
 */
function numberToPlain(n: number): string {
  const text = String(n);
  const e = text.indexOf('e');
  // Stryker disable next-line EqualityOperator: JavaScript never prints a number starting with 'e'
  if (e < 0) return text;
  const mantissa = text.slice(0, e);
  const dot = mantissa.indexOf('.');
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a mantissa without a point is one digit; both branches give it
  const digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  // Stryker disable next-line EqualityOperator: a point is never the first character of a mantissa
  const point = (dot < 0 ? mantissa.length : dot) + Number(text.slice(e + 1));
  // Stryker disable next-line EqualityOperator: exponents appear only below 1e-6 (point <= -6) and from 1e21, never at 0
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: from 1e21 the point (>= 22) is past every digit (<= 17)
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  // Stryker disable next-line all: unreachable; JavaScript prints a number with a point inside its digits without an exponent
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * Whether `fact` reaches `years` full years at `asOf` ("5年（含）以上": reached on the
 * anniversary, legal periods kind E); a start date wins over a declared number. An
 * anniversary after 9999-12-31 is reached by no date: fail. `years` is a whole number
 * (0 or more), else InvalidArgumentError: the calendar counts whole years only.
 */
export function reachesYears(years: number, fact: YearsFact | undefined, asOf: string): 'pass' | 'fail' | 'unknown' {
  if (!Number.isInteger(years) || years < 0)
    throw new InvalidArgumentError('years', 'a whole number, 0 or more', years);
  if (fact?.since !== undefined) {
    // Dates reaching a rule were validated by the schema: compare the strings directly.
    const reached = anniversaryOfValid(fact.since, years);
    // Stryker disable next-line ConditionalExpression: a string >= null is false too; the test states the type
    return reached !== null && asOf >= reached ? 'pass' : 'fail';
  }
  if (fact?.years !== undefined) return fact.years >= years ? 'pass' : 'fail';
  return 'unknown';
}

/** `reachesYears` with the message: the exact years and days elapsed, or the years declared. */
export function yearsAtLeast(
  param: Parameter<number>,
  fact: YearsFact | undefined,
  asOf: string,
  paths: string[],
): Outcome {
  const status = reachesYears(param.value, fact, asOf);
  if (status === 'unknown') return missing(param.label, paths);
  if (fact?.since !== undefined) {
    // A start after the as-of date: 0 years 0 days.
    const e = asOf < fact.since ? { years: 0, days: 0 } : elapsedValid(fact.since, asOf);
    return {
      status,
      code: 'years',
      params: {
        label: param.label,
        required: param.value,
        actual: { zh: `${e.years}年${e.days}天`, en: `${e.years} years ${e.days} days` },
      },
      expected: { minYears: param.value },
      actual: { since: fact.since, years: e.years, days: e.days },
    };
  }
  return {
    status,
    code: 'years',
    params: {
      label: param.label,
      required: param.value,
      actual: { zh: `申报${fact?.years}年`, en: `${fact?.years} years declared` },
    },
    expected: { minYears: param.value },
    actual: { years: fact?.years },
  };
}

/** A value derived from a fixed parameter, computed once per parameter: the check runs often. */
function derived<T>(compute: (param: Parameter<readonly Option[]>) => T): (param: Parameter<readonly Option[]>) => T {
  const cache = new WeakMap<object, T>();
  return (param) => {
    let value = cache.get(param);
    // Stryker disable next-line ConditionalExpression: a cache; computing again gives the same value
    if (value === undefined) {
      value = compute(param);
      cache.set(param, value);
    }
    return value;
  };
}

/** A list parameter's words, ids and message of a complete list, found with one lookup per check. */
const listOf = derived((param) => {
  const labels = {
    zh: param.value.map((o) => o.label.zh).join('、'),
    en: param.value.map((o) => o.label.en).join(', '),
  };
  return {
    labels,
    // Shared by every report: frozen, so no consumer can change what the next report says.
    ids: Object.freeze(param.value.map((o) => o.id)) as string[],
    // Frozen: reports share it (core/check.ts hands a frozen message out as it is).
    complete: Object.freeze(render('includes', { label: param.label, required: labels, missing: [] })),
  };
});

/** Every required item is present ("包括服务对象库、基础信息库…"). */
export function includesAll(
  param: Parameter<readonly Option[]>,
  actual: readonly string[] | undefined,
  path: string,
): Outcome {
  if (actual === undefined) return missing(param.label, [path]);
  const options = param.value;
  let complete = true;
  for (let i = 0; i < options.length && complete; i++) complete = actual.includes((options[i] as Option).id);
  const list = listOf(param);
  // The common answer, all present, says the same every time: its message is rendered once.
  if (complete) return { status: 'pass', code: 'includes', message: list.complete, expected: list.ids, actual };
  const absent = options.filter((o) => !actual.includes(o.id));
  return {
    status: 'fail',
    code: 'includes',
    message: render('includes', { label: param.label, required: list.labels, missing: absent.map((o) => o.label) }),
    expected: list.ids,
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
  let listed: Option | undefined;
  for (const o of param.value)
    if (o.id === actual) {
      listed = o;
      break;
    }
  if (listed)
    return {
      status: 'pass',
      code: 'kind_listed',
      message: once(
        listed,
        'kind_listed',
        () => ({ label: param.label, actual: listed.label }),
        // One message per listed kind and label object: no key string built per check.
        param.label,
      ),
      actual,
    };
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
  const code = value ? 'attested' : 'not_attested';
  return { status: value ? 'pass' : 'fail', code, message: once(label, code, () => ({ label })), actual: value };
}

/** A verifiable yes/no fact ("应制定年度工作计划"). */
export function present(label: Bilingual, value: boolean | undefined, path: string): Outcome {
  if (value === undefined) return missing(label, [path]);
  const code = value ? 'present' : 'absent';
  return {
    status: value ? 'pass' : 'fail',
    code,
    params: { label },
    message: once(label, code, () => ({ label })),
    actual: value,
  };
}

/**
 * Counts the members that qualify when some facts may be missing: enough qualified
 * passes, too few even if every unknown qualified fails, otherwise unknown.
 */
export function enoughQualified(
  param: Parameter<number>,
  statuses: readonly { status: Outcome['status'] }[],
  missingPaths: string[],
): Outcome {
  let qualified = 0;
  let open = 0;
  for (const s of statuses)
    if (s.status === 'pass') qualified++;
    else if (s.status === 'unknown') open++;
  const status = qualified >= param.value ? 'pass' : qualified + open < param.value ? 'fail' : 'unknown';
  const outcome: Outcome = {
    status,
    code: 'count',
    params: { label: param.label, required: param.value, actual: qualified, unit: param.unit ?? NO_UNIT },
    expected: { min: param.value },
    actual: { qualified, undecided: open, listed: statuses.length },
  };
  if (status === 'unknown') outcome.missing = missingPaths;
  return outcome;
}

/** The studio's name against its naming rule (generator and validator share the rule). */
export function nameFollows(
  rule: NamingRule,
  name: string | undefined,
  candidates: readonly Readonly<Record<string, string | undefined>>[],
  paths: { name: string; fields: (candidate: number) => Readonly<Record<string, string>> },
): Outcome {
  const label = { zh: '工作室名称', en: 'Studio name' };
  if (name === undefined) return missing(label, [paths.name]);
  // A name built from any candidate's values (any listed lead person) follows the rule:
  // the order in which leads are listed must not change the verdict.
  const open: string[] = [];
  const expected: string[] = [];
  let structural = false;
  for (let i = 0; i < candidates.length; i++) {
    const result = validateName(rule, name, candidates[i] as Readonly<Record<string, string | undefined>>);
    if (result.valid)
      return { status: 'pass', code: 'name_matches', params: { pattern: rule.pattern, actual: name }, actual: name };
    if (result.reason === 'structure') structural = true;
    if (result.reason === 'missing_values') {
      const fields = paths.fields(i);
      for (const f of result.missingFields ?? []) open.push(fields[f] ?? f);
    } else if (result.expected && !expected.includes(result.expected)) expected.push(result.expected);
  }
  // A name without the rule's shape fails whatever the missing values would be.
  if (open.length > 0 && !structural) return missing(label, [...new Set(open)]);
  const shown = expected.length > 0 ? expected.join(' / ') : rule.pattern;
  return {
    status: 'fail',
    code: 'name_mismatch',
    params: { pattern: rule.pattern, expected: shown, actual: name },
    // One name, or the names each listed lead would give.
    expected: expected.length === 0 ? rule.pattern : expected.length === 1 ? expected[0] : expected,
    actual: name,
  };
}

/**
 * Every item of a set of yes/no facts holds (三（二）3: "以下材料"). A fact declared false
 * fails the rule whatever else is missing; only when none is false do missing ones leave
 * it unknown.
 */
export function allDeclared(
  param: Parameter<readonly Option[]>,
  facts: Readonly<Record<string, boolean | undefined>> | undefined,
  path: string,
): Outcome {
  const list = listOf(param);
  // The common answer first: every item declared, which is includesAll's of the full list.
  let all = true;
  for (let i = 0; i < param.value.length && all; i++) all = declared(facts, (param.value[i] as Option).id) === true;
  if (all) return { status: 'pass', code: 'includes', message: list.complete, expected: list.ids, actual: list.ids };
  const value = (o: Option) => declared(facts, o.id);
  const absent = param.value.filter((o) => value(o) === false);
  if (absent.length > 0)
    return {
      status: 'fail',
      code: 'includes',
      params: { label: param.label, required: list.labels, missing: absent.map((o) => o.label) },
      expected: list.ids,
      actual: param.value.filter((o) => value(o) === true).map((o) => o.id),
    };
  const open = param.value.filter((o) => value(o) === undefined);
  if (open.length > 0)
    return missing(
      param.label,
      open.map((o) => `${path}.${o.id}`),
    );
  return includesAll(param, list.ids, path);
}

/** An item of a set of yes/no facts as declared: own properties only ('constructor' is not declared). */
function declared(facts: Readonly<Record<string, boolean | undefined>> | undefined, id: string): boolean | undefined {
  return facts !== undefined && Object.hasOwn(facts, id) ? facts[id] : undefined;
}

/**
 * Folds one outcome per member (each lead person) into one: a failure decides, then a
 * missing fact (all missing paths together), else the first pass.
 */
export function everyMember(outcomes: readonly [Outcome, ...Outcome[]]): Outcome {
  const open: Outcome[] = [];
  for (const o of outcomes) {
    if (o.status === 'fail') return o;
    if (o.status === 'unknown') open.push(o);
  }
  if (open.length > 0)
    return open.length === 1
      ? (open[0] as Outcome)
      : { ...(open[0] as Outcome), missing: open.flatMap((o) => o.missing ?? []) };
  return outcomes[0];
}

/** A rule that every item of a list parameter is present, citing the parameter's clause. */
export function listRule<F>(
  id: string,
  param: Parameter<readonly Option[]>,
  path: string,
  get: (facts: F) => readonly string[] | undefined,
  more: { clauses?: string[]; title?: Bilingual; severity?: Severity } = {},
): Rule<F> {
  return rule({
    id,
    clauses: more.clauses ?? [param.clause],
    provenance: param.provenance,
    title: more.title ?? param.label,
    ...(more.severity ? { severity: more.severity } : {}),
    // The list the check runs under: the caller's changed list, else the text's (ctx.param).
    check: (facts, ctx) => includesAll(ctx.param(param), get(facts), path),
  });
}

/** A rule that a verifiable yes/no fact holds ("设施设备健全"), named by its label. */
export function factRule<F>(
  id: string,
  clauses: string | string[],
  label: Bilingual,
  path: string,
  get: (facts: F) => boolean | undefined,
): Rule<F> {
  return rule({
    id,
    clauses: typeof clauses === 'string' ? [clauses] : clauses,
    provenance: 'text',
    title: label,
    check: (facts) => present(label, get(facts), path),
  });
}

/**
 * A name as two entries are compared: Unicode NFKC (full-width letters and digits become
 * half-width), every white space removed, Latin letters folded to lower case.
 */
export function normalisedName(name: string): string {
  let out = normalised.get(name);
  // Stryker disable next-line ConditionalExpression: a cache; normalising again gives the same name
  if (out === undefined) {
    // \s is exactly the set String.prototype.trim removes (WhiteSpace and LineTerminator).
    out = name.normalize('NFKC').replace(WHITE_SPACE, '').toLowerCase();
    // Bounded: a batch of a million applications names many people; start over past the cap.
    // Stryker disable next-line all: the cache only saves work
    if (normalised.size >= 10_000) normalised.clear();
    normalised.set(name, out);
  }
  return out;
}
const WHITE_SPACE = /\s+/gu;
const normalised = new Map<string, string>();

/**
 * The key that says two entries are the same thing: a unified social credit code where
 * given (upper case, spaces removed), else the normalised name; undefined with neither
 * (such an entry is counted as its own thing: nothing says it is another).
 */
export function distinctKey(code: string | undefined, name: string | undefined): string | undefined {
  const byCode = code === undefined ? '' : normalisedName(code);
  if (byCode !== '') return `code:${byCode.toUpperCase()}`;
  const byName = name === undefined ? '' : normalisedName(name);
  return byName === '' ? undefined : `name:${byName}`;
}

/**
 * Counts count distinct things: the outcomes of a list's entries folded per key (the same
 * enterprise listed twice is one). A thing passes when any of its entries passes, else is
 * unknown when any is unknown (their missing paths together), else fails. The later
 * entries of a key are listed as duplicates with the key. Entries are `${path}.${index}`.
 */
export function foldDistinct<T>(
  list: readonly T[],
  outcomes: readonly Outcome[],
  keyOf: (item: T) => string | undefined,
  path: string,
): { outcomes: Outcome[]; duplicates: Duplicate[] } {
  const keys: (string | undefined)[] = [];
  const seen = new Set<string>();
  // Stryker disable BooleanLiteral,ConditionalExpression,BlockStatement: a shortcut; the grouping below gives the same outcomes
  let repeats = false;
  for (let i = 0; i < list.length; i++) {
    const key = keyOf(list[i] as T);
    keys.push(key);
    if (key !== undefined) {
      if (seen.has(key)) repeats = true;
      else seen.add(key);
    }
  }
  // The common list, no key twice: each entry is its own thing (an unknown one with a list of its own).
  if (!repeats) {
    // Stryker restore BooleanLiteral,ConditionalExpression,BlockStatement
    const own: Outcome[] = [];
    for (let i = 0; i < list.length; i++) {
      const o = outcomes[i] as Outcome;
      own.push(o.status === 'unknown' ? { ...o, missing: o.missing === undefined ? [] : o.missing.slice() } : o);
    }
    return { outcomes: own, duplicates: [] };
  }
  const groups = new Map<string, number[]>();
  const order: number[][] = [];
  for (let i = 0; i < list.length; i++) {
    const key = keys[i];
    const group = key === undefined ? undefined : groups.get(key);
    if (group) group.push(i);
    else {
      const fresh = [i];
      order.push(fresh);
      if (key !== undefined) groups.set(key, fresh);
    }
  }
  const duplicates: Duplicate[] = [];
  for (const [key, members] of groups)
    for (let j = 1; j < members.length; j++)
      duplicates.push({ path: `${path}.${members[j]}`, sameAs: `${path}.${members[0]}`, key });
  duplicates.sort((a, b) => Number(a.path.slice(path.length + 1)) - Number(b.path.slice(path.length + 1)));
  const folded = order.map((members) => {
    const first = outcomes[members[0] as number] as Outcome;
    // An entry listed once is its own outcome (an unknown one still gets its own missing list below).
    // Stryker disable next-line ConditionalExpression: the fold below gives a lone entry's outcome too
    if (members.length === 1 && first.status !== 'unknown') return first;
    const of = members.map((i) => outcomes[i] as Outcome);
    const pass = of.find((o) => o.status === 'pass');
    if (pass) return pass;
    const open = of.filter((o) => o.status === 'unknown');
    if (open.length > 0) return { ...(open[0] as Outcome), missing: open.flatMap((o) => o.missing ?? []) };
    return of[0] as Outcome;
  });
  return { outcomes: folded, duplicates };
}
