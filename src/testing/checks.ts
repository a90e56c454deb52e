// The kit's assertions. Each returns its findings (an empty list: nothing wrong), so it
// runs under any test framework; `assertPolicy` runs them all and throws one error
// listing every finding.
import { describeValue, InvalidArgumentError } from '../calendar/errors.js';
import { isIsoDate } from '../calendar/index.js';
import { checkPolicy } from '../core/check.js';
import { evaluatePolicy } from '../core/evaluate.js';
import { type Finding, throwIfAny } from './findings.js';
import { hostileVariant, seededRandom } from './hostile.js';
import { NO_DATE, type PolicyCase, readCase, readCases, readDates, readObject, readPolicy, runCases } from './run.js';

/**
 * A text as the kit compares it: whitespace removed, since source files break lines
 * inside words ("构建学习\n\n型组织") and a clause is typed on one line.
 */
export function normaliseText(text: string): string {
  if (typeof text !== 'string') throw new InvalidArgumentError('text', 'a string', text);
  return text.replace(/\s+/gu, '');
}

function readSource(source: unknown): string {
  if (typeof source !== 'string' || source.trim() === '')
    throw new InvalidArgumentError('source', "the source text, a non-empty string (the document's words)", source);
  return normaliseText(source);
}

/**
 * Every clause is quoted verbatim from the source and has an id of its own, and every
 * parameter has an id of its own, its quote is found in the source, it cites a clause the
 * policy lists, and a parameter that is a reading or a default says why (its `note`).
 * Whitespace is ignored on both sides (`normaliseText`).
 * @throws InvalidArgumentError when `policy` is not a policy or `source` not a text.
 */
export function verbatimFindings(policy: unknown, source: unknown): Finding[] {
  const view = readPolicy(policy);
  const text = readSource(source);
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const c of view.clauses) {
    if (seen.has(c.id)) findings.push({ kind: 'clause_id_repeated', id: c.id, message: 'two clauses have this id' });
    seen.add(c.id);
    if (c.text.trim() === '' || !text.includes(normaliseText(c.text)))
      findings.push({ kind: 'clause_not_verbatim', id: c.id, message: `not in the source: ${shorten(c.text)}` });
  }
  const params = new Set<string>();
  for (const p of view.parameters) {
    if (params.has(p.id)) findings.push({ kind: 'id_repeated', id: p.id, message: 'two parameters have this id' });
    params.add(p.id);
    if (p.provenance !== 'text' && p.note.trim() === '')
      findings.push({
        kind: 'parameter_unexplained',
        id: p.id,
        message: `provenance '${p.provenance}' without a note saying why it reads so, and the alternative`,
      });
    if (!seen.has(p.clause))
      findings.push({ kind: 'parameter_clause_missing', id: p.id, message: `cites ${p.clause || '(none)'}` });
    if (p.quote.trim() === '' || !text.includes(normaliseText(p.quote)))
      findings.push({
        kind: 'parameter_not_verbatim',
        id: p.id,
        message: `quote not in the source: ${shorten(p.quote)}`,
      });
  }
  return findings;
}

const shorten = (s: string) => (s.length > 60 ? `“${s.slice(0, 60)}…”` : `“${s}”`);

/** Options shared by the assertions that run the rules. */
export interface RunOptions {
  /** The dates a case without its own `asOf` runs at; the day the text takes effect by default. */
  dates?: readonly string[];
}

/**
 * Every clause is accounted for by what cites it: rule ids are unique, each citation
 * names a clause the policy lists; each clause marked `rule` or `declaration` is cited by a rule (or by the
 * evaluation's grades and scoring areas); each `procedure` clause is a step of a procedure;
 * and each `rule` clause is cited by a rule that fails on at least one of `cases` — the
 * proof that the clause can make an application fail. A clause the evaluation grades is
 * proved by its grades, not by a case; a clause whose rules cannot fail by design (a
 * defect to be supplied, never a failed condition) is exempted in `options.exempt`, with
 * the reason.
 * @throws InvalidArgumentError for a policy, a case or an option that is not one.
 */
export function citationFindings(policy: unknown, cases: readonly PolicyCase[], options?: CitationOptions): Finding[] {
  const view = readPolicy(policy);
  const list = readCases(cases, 'cases');
  const o = readObject(options, 'options', ['dates', 'exempt']);
  const dates = readDates(o.dates, view);
  const exempt = readExempt(o.exempt);
  const ids = new Set(view.clauses.map((c) => c.id));
  const findings: Finding[] = [];
  const dangling = (by: string, clauses: readonly string[]) => {
    for (const c of clauses)
      if (!ids.has(c)) findings.push({ kind: 'citation_dangling', id: by, message: `cites ${c}, not a clause` });
  };
  const ruleIds = new Set<string>();
  for (const r of view.rules) {
    if (ruleIds.has(r.id)) findings.push({ kind: 'id_repeated', id: r.id, message: 'two rules have this id' });
    ruleIds.add(r.id);
    dangling(r.id, r.clauses);
  }
  dangling('procedures', view.stepped);
  dangling('evaluation', view.graded);

  const citedBy = new Map<string, string[]>();
  for (const r of view.rules) for (const c of r.clauses) citedBy.set(c, [...(citedBy.get(c) ?? []), r.id]);
  const graded = new Set(view.graded);
  const stepped = new Set(view.stepped);
  const run = runCases(view, list, dates);
  for (const f of run.findings) findings.push(f);
  const failed = new Set(run.runs.filter((r) => r.status === 'fail').map((r) => r.ruleId));
  for (const c of view.clauses) {
    const rules = citedBy.get(c.id) ?? [];
    if (c.coverage === 'procedure' && !stepped.has(c.id) && !graded.has(c.id))
      findings.push({ kind: 'rule_clause_uncited', id: c.id, message: "marked 'procedure', but no step cites it" });
    if (c.coverage !== 'rule' && c.coverage !== 'declaration') continue;
    if (graded.has(c.id)) continue;
    if (rules.length === 0) {
      findings.push({ kind: 'rule_clause_uncited', id: c.id, message: `marked '${c.coverage}', but no rule cites it` });
      continue;
    }
    if (c.coverage === 'rule' && !exempt.has(c.id) && !rules.some((r) => failed.has(r)))
      findings.push({
        kind: 'rule_clause_never_fails',
        id: c.id,
        message: `no case makes a rule citing it fail (${rules.join(', ')}): add a case that fails because of this clause`,
      });
  }
  return findings;
}

export interface CitationOptions extends RunOptions {
  /** `rule` clauses whose rules cannot fail by design, by clause id, each with the reason. */
  exempt?: Readonly<Record<string, string>>;
}

/** A value the kit treats as a threshold: a number, or a decimal written as a string ('100', '99.5'). */
const isThreshold = (v: unknown) =>
  (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && /^\d+(\.\d+)?$/u.test(v));

/** Two inputs either side of one parameter's threshold: a rule reading it passes on one and fails on the other. */
export interface Boundary {
  /** The parameter's id. */
  parameter: string;
  /** The side that meets the threshold ("100 m²" for "不小于100平方米"). */
  pass: PolicyCase;
  /** The side that does not ("99.99 m²"). */
  fail: PolicyCase;
}

export interface ThresholdOptions extends RunOptions {
  /**
   * Numeric parameters that are not thresholds a rule compares against (a count of
   * grades, a period only a procedure dates), by id, each with the reason.
   */
  exempt?: Readonly<Record<string, string>>;
}

/**
 * Every numeric threshold a rule reads (a parameter whose value is a number or a decimal
 * string, not informative, not exempted with a reason) has a boundary pair, and on each
 * pair a rule that reads the parameter on both sides passes on `pass` and fails on
 * `fail`: the value decides, on its both sides. Pick the sides at the threshold itself
 * (100 and 99.99; the anniversary and the day before it) — the kit cannot tell how near
 * they are, only that they flip.
 * @throws InvalidArgumentError for a policy, a boundary or an option that is not one.
 */
export function thresholdFindings(
  policy: unknown,
  boundaries: readonly Boundary[],
  options?: ThresholdOptions,
): Finding[] {
  const view = readPolicy(policy);
  const o = readObject(options, 'options', ['dates', 'exempt']);
  const dates = readDates(o.dates, view);
  const exempt = readExempt(o.exempt);
  const pairs = readBoundaries(boundaries);
  const findings: Finding[] = [];
  const byId = new Map(view.parameters.map((p) => [p.id, p]));
  const tested = new Set<string>();
  for (const [i, b] of pairs.entries()) {
    const where = `boundary ${i} (${b.parameter})`;
    const param = byId.get(b.parameter);
    if (!param) {
      findings.push({
        kind: 'boundary_invalid',
        id: b.parameter,
        message: `${where}: the policy has no such parameter`,
      });
      continue;
    }
    // Each side at one date: its own, or the first of the options' dates.
    const sides = [b.pass, b.fail].map((c, side) => {
      const asOf = c.asOf ?? dates[0];
      if (asOf === undefined) throw NO_DATE(`boundaries[${i}].${side === 0 ? 'pass' : 'fail'}`);
      return { ...c, asOf };
    });
    const run = runCases(view, sides, dates);
    for (const f of run.findings) findings.push({ ...f, message: `${where}: ${f.message}` });
    if (run.invalid.some(Boolean)) {
      const which = run.invalid.map((bad, s) => (bad ? ['pass', 'fail'][s] : '')).filter(Boolean);
      findings.push({
        kind: 'boundary_invalid',
        id: b.parameter,
        message: `${where}: the ${which.join(' and ')} side has input errors, so it proves nothing`,
      });
      continue;
    }
    const status = (side: number, rule: string) =>
      run.runs.find((r) => r.case === side && r.ruleId === rule && r.read.has(b.parameter))?.status;
    const rules = [...new Set(run.runs.map((r) => r.ruleId))];
    if (rules.some((r) => status(0, r) === 'pass' && status(1, r) === 'fail')) tested.add(b.parameter);
    else
      findings.push({
        kind: 'threshold_not_flipped',
        id: b.parameter,
        message: `${where}: no rule that reads it passes on the pass side and fails on the fail side`,
      });
  }
  for (const p of view.parameters) {
    if (p.informative || !isThreshold(p.value) || exempt.has(p.id) || tested.has(p.id)) continue;
    if (pairs.some((b) => b.parameter === p.id)) continue; // reported above
    findings.push({
      kind: 'threshold_untested',
      id: p.id,
      message: `no boundary pair tests ${String(p.value)} on both sides (or exempt it, with the reason)`,
    });
  }
  return findings;
}

function readExempt(value: unknown): Set<string> {
  if (value === undefined) return new Set();
  const bad = () => new InvalidArgumentError('options.exempt', 'an object { id: reason }', value);
  if (value === null || typeof value !== 'object') throw bad();
  try {
    const out = new Set<string>();
    for (const [id, reason] of Object.entries(value)) {
      if (typeof reason !== 'string' || reason.trim() === '')
        throw new InvalidArgumentError(`options.exempt.${id}`, 'the reason, in words', reason);
      out.add(id);
    }
    return out;
  } catch (e) {
    if (e instanceof InvalidArgumentError) throw e;
    throw bad();
  }
}

function readBoundaries(value: unknown): { parameter: string; pass: PolicyCase; fail: PolicyCase }[] {
  let list: unknown[];
  try {
    if (!Array.isArray(value)) throw new Error();
    list = value.slice(0, 10_000);
  } catch {
    throw new InvalidArgumentError('boundaries', 'a list of { parameter, pass, fail }', value);
  }
  return list.map((b, i) => {
    const o = readObject(b, `boundaries[${i}]`, ['parameter', 'pass', 'fail']);
    if (typeof o.parameter !== 'string')
      throw new InvalidArgumentError(`boundaries[${i}].parameter`, 'a parameter id', o.parameter);
    return {
      parameter: o.parameter,
      pass: readCase(o.pass, `boundaries[${i}].pass`),
      fail: readCase(o.fail, `boundaries[${i}].fail`),
    };
  });
}

/**
 * Every parameter not declared informative is read by a rule (through `ctx.param`) on
 * some case, no informative parameter is, and no rule reads a parameter the policy does
 * not declare (a rule shared with another version of the text, reading a parameter this
 * version dropped or renamed): a caller's reading or changed value is then never silently
 * ignored, and never refused when it would count.
 * @throws InvalidArgumentError for a policy, a case or an option that is not one.
 */
export function parameterFindings(policy: unknown, cases: readonly PolicyCase[], options?: RunOptions): Finding[] {
  const view = readPolicy(policy);
  const list = readCases(cases, 'cases');
  const dates = readDates(readObject(options, 'options', ['dates']).dates, view);
  const run = runCases(view, list, dates);
  const read = new Set(run.alsoRead);
  for (const r of run.runs) for (const id of r.read) read.add(id);
  const findings: Finding[] = [...run.findings];
  const declared = new Set(view.parameters.map((p) => p.id));
  for (const id of read)
    if (!declared.has(id))
      findings.push({
        kind: 'parameter_undeclared',
        id,
        message:
          'a rule reads it, but the policy does not declare it: a shared rule would read another version’s value, and a caller could not change it',
      });
  for (const p of view.parameters) {
    if (!p.informative && !read.has(p.id))
      findings.push({
        kind: 'parameter_unread',
        id: p.id,
        message: 'no rule reads it on the cases: add a case that reaches its rule, or declare it informative',
      });
    if (p.informative && read.has(p.id))
      findings.push({
        kind: 'informative_parameter_read',
        id: p.id,
        message: 'declared informative, but a rule reads it',
      });
  }
  return findings;
}

export interface HostileOptions {
  /** Inputs per subject (and per evaluation); 200 by default. */
  runs?: number;
  /** The generator's seed: the same seed, the same inputs. 1 by default. */
  seed?: number;
  /** The author's inputs, varied with hostile values (they reach the rules, where bare hostile values stop at the schema). */
  cases?: readonly PolicyCase[];
  /** The as-of date of every check; the day the text takes effect by default. */
  asOf?: string;
  /**
   * Your own generator, in place of the kit's (a fast-check sampler, say): given a random
   * number source in [0, 1) and the run's index, an input.
   */
  generate?: (next: () => number, run: number) => unknown;
}

/**
 * Random and hostile inputs never make a check or an evaluation throw: bad input is a
 * report with problems, never an exception. Each input is made by a seeded generator, so
 * a finding names the run that replays it.
 * @throws InvalidArgumentError for a policy or an option that is not one.
 */
export function hostileFindings(policy: unknown, options?: HostileOptions): Finding[] {
  const view = readPolicy(policy);
  const o = readObject(options, 'options', ['runs', 'seed', 'cases', 'asOf', 'generate']);
  const runs = o.runs ?? 200;
  if (typeof runs !== 'number' || !Number.isInteger(runs) || runs < 0 || runs > 1_000_000)
    throw new InvalidArgumentError('options.runs', 'a whole number from 0 to 1,000,000', runs);
  const seed = o.seed ?? 1;
  if (typeof seed !== 'number' || !Number.isInteger(seed))
    throw new InvalidArgumentError('options.seed', 'a whole number', seed);
  if (o.generate !== undefined && typeof o.generate !== 'function')
    throw new InvalidArgumentError('options.generate', 'a function (next, run) => input', o.generate);
  const generate = o.generate as HostileOptions['generate'];
  const cases = readCases(o.cases, 'options.cases');
  const asOf = o.asOf === undefined ? readDates(undefined, view)[0] : o.asOf;
  // A text that states no date it takes effect: the as-of date must be given.
  if (!isIsoDate(asOf)) throw new InvalidArgumentError('options.asOf', 'a date YYYY-MM-DD', asOf);

  const subjects = [...view.subjects, ...(view.policy.evaluation ? ['evaluation'] : [])];
  const findings: Finding[] = [];
  for (const subject of subjects) {
    const next = seededRandom(seed);
    const samples = cases.filter((c) => c.subject === subject).map((c) => c.input);
    for (let run = 0; run < runs; run++) {
      let input: unknown;
      try {
        input = generate
          ? generate(next, run)
          : hostileVariant(next, samples.length > 0 ? samples[run % samples.length] : undefined);
      } catch (e) {
        throw new InvalidArgumentError('options.generate', 'a generator that returns an input', e);
      }
      try {
        if (subject === 'evaluation') evaluatePolicy(view.policy, input, { asOf });
        else checkPolicy(view.policy, subject as never, input, { asOf });
      } catch (e) {
        findings.push({
          kind: 'input_threw',
          id: subject,
          message: `run ${run} of seed ${seed} (${describeValue(input)}) threw ${errorText(e)}`,
        });
        if (findings.length >= 20) return findings;
      }
    }
  }
  return findings;
}

const errorText = (e: unknown): string => {
  try {
    return e instanceof Error ? `${e.name}: ${e.message.slice(0, 200)}` : describeValue(e);
  } catch {
    return 'an unreadable error';
  }
};

/** Everything the kit needs to test one policy against its text. */
export interface PolicyKit extends ThresholdOptions {
  /** The source text the clauses and quotes are taken from, as published. */
  source: string;
  /**
   * Inputs that reach every rule: at least one that fails each clause marked `rule`, and
   * ones that make every rule read its parameters. The boundary pairs are added to them.
   */
  cases: readonly PolicyCase[];
  /** One pair per numeric threshold (see `thresholdFindings`). */
  boundaries: readonly Boundary[];
  /** `rule` clauses whose rules cannot fail by design, each with the reason (`citationFindings`'s `exempt`). */
  cannotFail?: Readonly<Record<string, string>>;
  /** Options of the hostile run (`hostileFindings`); `false` to skip it. */
  hostile?: Omit<HostileOptions, 'cases'> | false;
}

/**
 * Every finding of every assertion of the kit, in order: verbatim text, citations that
 * can fail, thresholds on both sides, parameters read, hostile input.
 * @throws InvalidArgumentError for arguments that are not a policy and a kit.
 */
export function policyFindings(policy: unknown, kit: PolicyKit): Finding[] {
  if (kit === undefined || kit === null)
    throw new InvalidArgumentError('kit', 'an object { source, cases, boundaries }', kit);
  const o = readObject(kit, 'kit', ['source', 'cases', 'boundaries', 'dates', 'exempt', 'cannotFail', 'hostile']);
  const cases = readCases(o.cases ?? [], 'kit.cases');
  const boundaries = readBoundaries(o.boundaries ?? []);
  const withSides = [...cases, ...boundaries.flatMap((b) => [b.pass, b.fail])];
  const run = { dates: o.dates as readonly string[] | undefined };
  const hostile =
    o.hostile === false ? undefined : readObject(o.hostile, 'kit.hostile', ['runs', 'seed', 'asOf', 'generate']);
  return [
    ...verbatimFindings(policy, o.source),
    ...citationFindings(policy, withSides, { ...run, exempt: o.cannotFail as CitationOptions['exempt'] }),
    ...thresholdFindings(policy, boundaries, { ...run, exempt: o.exempt as ThresholdOptions['exempt'] }),
    ...parameterFindings(policy, withSides, run),
    ...(hostile ? hostileFindings(policy, { ...hostile, cases }) : []),
  ];
}

/**
 * Runs every assertion of the kit (`policyFindings`) and throws one error listing every finding.
 * @throws PolicyTestError with `findings`, when there is any; InvalidArgumentError for
 * arguments that are not a policy and a kit.
 * @example
 * assertPolicy(myPolicy, { source: readFileSync('measures.txt', 'utf8'), cases, boundaries });
 */
export function assertPolicy(policy: unknown, kit: PolicyKit): void {
  throwIfAny(policyFindings(policy, kit));
}

/**
 * Throws one error listing `findings` when there is any: for a single assertion's findings.
 * @throws PolicyTestError.
 */
export function assertNoFindings(findings: readonly Finding[]): void {
  const bad = () => new InvalidArgumentError('findings', 'a list of findings', findings);
  let list: readonly Finding[];
  try {
    if (!Array.isArray(findings)) throw bad();
    list = findings.slice(0, 10_000);
  } catch {
    throw bad();
  }
  throwIfAny(list);
}

export type { PolicyCase };
