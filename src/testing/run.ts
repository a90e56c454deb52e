// The kit's view of a policy and its runner: the policy read once into plain data (an
// argument that is not a policy is an InvalidArgumentError, never a TypeError from deep
// inside), and each rule run over the author's cases with a context that records which
// parameters it reads — the same recording the bundled policies' tests used.

import { addYears, formatIsoDate, parseIsoDate } from '../calendar/date.js';
import { describeValue, InvalidArgumentError } from '../calendar/errors.js';
import { isIsoDate } from '../calendar/index.js';
import { parseFacts, readInput } from '../core/input.js';
import { textOf } from '../core/parameters.js';
import { policyBehind } from '../core/public.js';
import type { OutcomeStatus, Parameter, Policy, Rule, RuleContext, SubjectId } from '../core/types.js';
import type { Finding } from './findings.js';

/** One input to run: a subject's input (or `'evaluation'` for a year's record) at a date. */
export interface PolicyCase {
  /** A subject the policy rules ('studio'), or 'evaluation' for its annual evaluation. */
  subject: string;
  input: unknown;
  /** The as-of date, `YYYY-MM-DD`; without it the case runs at each of the options' `dates`. */
  asOf?: string;
  /** For an evaluation: the period whose records count; the year ending on the as-of date by default. */
  period?: { from: string; to: string };
}

/** What the kit runs: every rule of every subject, and the evaluation's applicability and gates. */
interface RuleRef {
  id: string;
  subject: string;
  clauses: readonly string[];
  // biome-ignore lint/suspicious/noExplicitAny: any subject's facts
  rule: Rule<any>;
}

export interface PolicyView {
  policy: Policy;
  id: string;
  clauses: { id: string; text: string; coverage: string }[];
  parameters: {
    id: string;
    value: unknown;
    clause: string;
    quote: string;
    informative: boolean;
    provenance: string;
    note: string;
  }[];
  subjects: string[];
  rules: RuleRef[];
  /** Clauses an evaluation's grades and scoring areas cite. */
  graded: string[];
  /** Clauses procedure steps cite. */
  stepped: string[];
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * The policy as plain data, read once.
 * @throws InvalidArgumentError when `value` is not a policy.
 */
export function readPolicy(value: unknown): PolicyView {
  const bad = () => new InvalidArgumentError('policy', 'a policy (from definePolicy, or a bundled one)', value);
  if (value === null || typeof value !== 'object') throw bad();
  try {
    const policy = policyBehind(value as Policy);
    // Each version has its own text: the kit tests one at a time.
    if (policy.versions !== undefined)
      throw new InvalidArgumentError(
        'policy',
        'one version of a text (test each of policy.versions against its own source)',
        value,
      );
    const list = (v: unknown): readonly unknown[] => {
      if (!Array.isArray(v)) throw bad();
      return v;
    };
    const clauses = list(policy.clauses).map((c) => {
      const o = c as Record<string, unknown>;
      return { id: str(o.id), text: str(o.text), coverage: str(o.coverage) };
    });
    const parameters = list(policy.parameters).map((p) => {
      const o = p as Record<string, unknown>;
      return {
        id: str(o.id),
        value: o.value,
        clause: str(o.clause),
        quote: str(o.quote),
        informative: !!o.informative,
        provenance: str(o.provenance),
        note: str(o.note),
      };
    });
    if (policy.checks === null || typeof policy.checks !== 'object') throw bad();
    const rules: RuleRef[] = [];
    const subjects: string[] = [];
    for (const [subject, spec] of Object.entries(policy.checks)) {
      if (!spec) continue;
      subjects.push(subject);
      for (const r of list(spec.rules) as Rule<unknown>[])
        rules.push({ id: str(r.id), subject, clauses: list(r.clauses).map(str), rule: r });
    }
    const evaluation = policy.evaluation;
    const graded: string[] = [];
    if (evaluation) {
      for (const r of [evaluation.applicability, ...list(evaluation.gates)] as Rule<unknown>[])
        rules.push({ id: str(r.id), subject: 'evaluation', clauses: list(r.clauses).map(str), rule: r });
      for (const c of list(evaluation.gradeClauses)) graded.push(str(c));
      for (const a of list(evaluation.defaultStandard.areas)) graded.push(str((a as { clause?: unknown }).clause));
    }
    const stepped: string[] = [];
    for (const proc of list(policy.procedures) as { steps: unknown }[])
      for (const step of list(proc.steps) as { clauses: unknown }[])
        for (const c of list(step.clauses)) stepped.push(str(c));
    return { policy, id: str(policy.id), clauses, parameters, subjects, rules, graded, stepped };
  } catch (e) {
    if (e instanceof InvalidArgumentError) throw e;
    throw bad();
  }
}

/**
 * The cases, read once and checked: a list of `{ subject, input, asOf?, period? }`.
 * @throws InvalidArgumentError naming the first case that is not one.
 */
export function readCases(value: unknown, name: string): PolicyCase[] {
  if (value === undefined) return [];
  let list: unknown[];
  try {
    if (!Array.isArray(value)) throw new Error();
    list = value.slice(0, 100_000);
  } catch {
    throw new InvalidArgumentError(name, 'a list of cases ({ subject, input, asOf? })', value);
  }
  return list.map((c, i) => readCase(c, `${name}[${i}]`));
}

export function readCase(value: unknown, name: string): PolicyCase {
  const bad = (what: string, got: unknown) => new InvalidArgumentError(`${name}${what}`, 'a case', got);
  let o: Record<string, unknown>;
  try {
    if (value === null || typeof value !== 'object') throw bad('', value);
    const v = value as Record<string, unknown>;
    o = { subject: v.subject, input: v.input, asOf: v.asOf, period: v.period };
  } catch (e) {
    if (e instanceof InvalidArgumentError) throw e;
    throw bad('', value);
  }
  if (typeof o.subject !== 'string') throw new InvalidArgumentError(`${name}.subject`, 'a subject id', o.subject);
  if (o.asOf !== undefined && !isIsoDate(o.asOf))
    throw new InvalidArgumentError(`${name}.asOf`, 'a date YYYY-MM-DD', o.asOf);
  const out: PolicyCase = { subject: o.subject, input: o.input };
  if (o.asOf !== undefined) out.asOf = o.asOf as string;
  if (o.period !== undefined) {
    let from: unknown;
    let to: unknown;
    try {
      ({ from, to } = o.period as { from: unknown; to: unknown });
    } catch {
      throw bad('.period', o.period);
    }
    if (!isIsoDate(from) || !isIsoDate(to) || from > to)
      throw new InvalidArgumentError(`${name}.period`, 'a period { from, to } of dates, from ≤ to', o.period);
    out.period = { from, to };
  }
  return out;
}

/** For a text that states no date it takes effect, a case without its own date. */
export const NO_DATE = (name: string) =>
  new InvalidArgumentError(
    `${name}.asOf`,
    'a date, or options.dates (the text states no date it takes effect)',
    undefined,
  );

/** The dates a case without its own is run at: the options', or the day the text takes effect. */
export function readDates(value: unknown, view: PolicyView): string[] {
  if (value === undefined) {
    // The day the text takes effect; never "today", so a test answers the same every day.
    const from = view.policy.effective?.from;
    return typeof from === 'string' && isIsoDate(from) ? [from] : [];
  }
  let dates: unknown[];
  try {
    dates = Array.isArray(value) ? value.slice(0, 1000) : [];
  } catch {
    dates = [];
  }
  if (dates.length === 0 || !dates.every(isIsoDate))
    throw new InvalidArgumentError('options.dates', 'a non-empty list of dates YYYY-MM-DD', value);
  return dates as string[];
}

/** What one rule answered on one case at one date, and the parameters it read doing so. */
export interface RuleRun {
  case: number;
  date: string;
  ruleId: string;
  subject: string;
  status: OutcomeStatus;
  read: ReadonlySet<string>;
}

export interface CaseRuns {
  runs: RuleRun[];
  /** Parameters read outside the rules: an evaluation's counts, its own year, its standard. */
  alsoRead: Set<string>;
  /** Whether each case's input had an error (a problem of severity 'error'). */
  invalid: boolean[];
  findings: Finding[];
}

const message = (e: unknown): string => {
  try {
    return e instanceof Error ? `${e.name}: ${e.message}` : describeValue(e);
  } catch {
    return 'an unreadable error';
  }
};

/** Runs every rule of each case's subject over the case, recording statuses and parameters read. */
export function runCases(view: PolicyView, cases: readonly PolicyCase[], dates: readonly string[]): CaseRuns {
  const out: CaseRuns = { runs: [], alsoRead: new Set(), invalid: [], findings: [] };
  const { policy } = view;
  // The policy's own value by id, as a check reads it (core/parameters.ts): a rule shared
  // by two versions reads the version tested.
  const text = textOf(policy);
  const recorder = (read: Set<string>): RuleContext['param'] =>
    (<T>(p: Parameter<T>): Parameter<T> => {
      read.add(p.id);
      return text(p);
    }) as RuleContext['param'];
  cases.forEach((c, index) => {
    const evaluation = c.subject === 'evaluation' ? policy.evaluation : undefined;
    const spec = Object.hasOwn(policy.checks, c.subject) ? policy.checks[c.subject as SubjectId] : undefined;
    const schema = evaluation?.schema ?? spec?.schema;
    if (!schema) {
      out.invalid.push(true);
      out.findings.push({
        kind: 'case_invalid',
        id: c.subject,
        message: `case ${index} names a subject the policy does not rule (it rules: ${[...view.subjects, ...(policy.evaluation ? ['evaluation'] : [])].join(', ')})`,
      });
      return;
    }
    const read = readInput(c.input);
    const parsed = parseFacts(schema, read.value);
    out.invalid.push([...read.problems, ...parsed.problems].some((p) => p.severity === 'error'));
    const facts = parsed.facts;
    if (facts === undefined) return;
    const rules = view.rules.filter((r) => r.subject === c.subject);
    if (!c.asOf && dates.length === 0) throw NO_DATE(`cases[${index}]`);
    for (const date of c.asOf ? [c.asOf] : dates) {
      let context: Omit<RuleContext, 'param'> = { asOf: date };
      if (evaluation) {
        const to = c.period?.to ?? date;
        const period = c.period ?? { from: formatIsoDate(addYears(parseIsoDate(to) as number, -1) + 1), to };
        context = { asOf: period.to, period, evaluatedOn: date };
      }
      for (const r of rules) {
        const readHere = new Set<string>();
        try {
          const o = r.rule.check(facts, { ...context, param: recorder(readHere) });
          out.runs.push({ case: index, date, ruleId: r.id, subject: c.subject, status: o.status, read: readHere });
        } catch (e) {
          out.findings.push({ kind: 'rule_threw', id: r.id, message: `on case ${index} at ${date}: ${message(e)}` });
        }
      }
      if (evaluation && context.period) {
        const param = recorder(out.alsoRead);
        try {
          evaluation.counts(facts, context.period, { ...context, param });
          evaluation.defaultPeriod?.(facts, date, false);
        } catch (e) {
          out.findings.push({
            kind: 'rule_threw',
            id: 'evaluation',
            message: `counting case ${index} at ${date}: ${message(e)}`,
          });
        }
      }
    }
  });
  try {
    policy.evaluation?.standardUnder?.(recorder(out.alsoRead));
  } catch (e) {
    out.findings.push({ kind: 'rule_threw', id: 'evaluation', message: `building the standard: ${message(e)}` });
  }
  return out;
}

/** Reads an options object once: a non-object, or one that throws when read, is an InvalidArgumentError. */
export function readObject(value: unknown, name: string, keys: readonly string[]): Record<string, unknown> {
  if (value === undefined || value === null) return {};
  const bad = () => new InvalidArgumentError(name, 'an object', value);
  if (typeof value !== 'object') throw bad();
  const out: Record<string, unknown> = {};
  try {
    for (const k of keys) out[k] = (value as Record<string, unknown>)[k];
  } catch {
    throw bad();
  }
  return out;
}
