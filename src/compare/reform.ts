// A reform run over a batch: each application checked under the text and under changed
// parameters or other readings, and what moved. For an analyst asking what a lower
// threshold would change, or a province re-checking its applications under new measures.
import {
  type CheckOptions,
  checkPolicy,
  checkUnder,
  listOf,
  MAX_BATCH,
  readForChecks,
  resultStatuses,
} from '../core/check.js';
import { InvalidArgumentError, readOptions } from '../core/errors.js';
import { outside, periodOf } from '../core/force.js';
import { resolveParameters, textValues } from '../core/parameters.js';
import { policyBehind } from '../core/public.js';
import type {
  AppliedParameter,
  InputProblem,
  OutcomeStatus,
  Policy,
  PolicyId,
  Report,
  SubjectId,
  Verdict,
} from '../core/types.js';
import { policyOf } from '../policies/index.js';

export interface ReformOptions {
  /** Changed values by parameter id, as `check`'s `parameters`. */
  parameters?: CheckOptions['parameters'];
  /** Other readings by parameter id, as `check`'s `readings`. */
  readings?: CheckOptions['readings'];
  /** The date every application is judged at; today in China by default. */
  asOf?: string;
}

/** A rule whose status differs between the text and the reform. */
export interface MovedRule {
  ruleId: string;
  clauses: string[];
  text: OutcomeStatus;
  reform: OutcomeStatus;
}

/** One application under the text and under the reform. */
export interface ReformEntry {
  /** Its place in the batch (0-based), and its file where the caller names one. */
  index: number;
  file?: string;
  name?: string;
  text: Verdict;
  reform: Verdict;
  moved: MovedRule[];
}

export interface ReformSummary {
  total: number;
  /** Applications whose verdict differs. */
  changed: number;
  /** From any other verdict to eligible, and from eligible to any other. */
  toEligible: number;
  fromEligible: number;
  /** By rule: how many applications it moved to pass, and to fail. */
  byRule: { ruleId: string; clauses: string[]; toPass: number; toFail: number }[];
}

export interface ReformResult {
  /** The policy's id (a bundled one, or a defined policy's own). */
  policy: string;
  subject: SubjectId;
  /** The readings and changed values in force, with the values they replaced. */
  parameters: AppliedParameter[];
  /** Problems with the reform's own options: then nothing is checked. */
  problems: InputProblem[];
  entries: ReformEntry[];
  summary: ReformSummary;
}

/** A reform applied one application at a time (the command streams a batch through it). */
export interface ReformRun {
  readonly parameters: AppliedParameter[];
  readonly problems: InputProblem[];
  /** Checks one application both ways. */
  entry(input: unknown, file?: string): ReformEntry;
  summary(): ReformSummary;
}

/**
 * Prepares a reform: the options are checked once (a bad parameter id or value is a
 * problem in `problems`, and `entry` then refuses to run).
 * @throws UnknownPolicyError / UnknownSubjectError for ids the library does not know;
 * InvalidArgumentError when `entry` is called although the options have problems.
 */
export function startReform(policy: PolicyId | Policy, subject: SubjectId, rawOptions?: ReformOptions): ReformRun {
  const spec = policyBehind(policyOf(policy));
  const options = readOptions<ReformOptions>(rawOptions, ['parameters', 'readings', 'asOf']);
  // The options are read and resolved once, by a check of nothing; every entry reuses them.
  const probe = checkPolicy(
    spec,
    subject as never,
    {},
    {
      ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
      ...(options.parameters === undefined ? {} : { parameters: options.parameters }),
      ...(options.readings === undefined ? {} : { readings: options.readings }),
    },
  );
  const problems = probe.problems.filter((p) => p.path[0] === 'options');
  const applied = probe.parameters ?? [];
  const values = (kind: AppliedParameter['kind']) =>
    Object.fromEntries(applied.filter((a) => a.kind === kind).map((a) => [a.id, a.value]));
  const resolved = resolveParameters(spec, { readings: values('reading'), parameters: values('reform') }, []);
  const textContext = { asOf: probe.asOf, param: textValues };
  const reformContext = { asOf: probe.asOf, param: resolved.param };
  // Outside the text's force (on either side) or with versions, each entry takes the whole
  // check (core/force.ts): slower, and the same reports a check would give.
  const whole =
    spec.versions !== undefined ||
    outside(periodOf(spec, textContext), probe.asOf) ||
    outside(periodOf(spec, reformContext), probe.asOf);
  const reformOptions = {
    asOf: probe.asOf,
    ...(options.parameters === undefined ? {} : { parameters: options.parameters }),
    ...(options.readings === undefined ? {} : { readings: options.readings }),
  };
  const byRule = new Map<string, ReformSummary['byRule'][number]>();
  const summary: ReformSummary = { total: 0, changed: 0, toEligible: 0, fromEligible: 0, byRule: [] };
  let index = 0;
  return {
    parameters: applied,
    problems,
    entry(input, file) {
      if (problems.length > 0)
        throw new InvalidArgumentError('options', `parameters and readings of ${spec.id} without problems`, options);
      // The input is read once for both checks.
      const read = whole ? undefined : readForChecks(spec, subject, input);
      const text = whole
        ? checkPolicy(spec, subject, input, { asOf: probe.asOf })
        : checkUnder(spec, subject, input, textContext, [], [], read);
      const reform = whole
        ? checkPolicy(spec, subject, input, reformOptions)
        : checkUnder(spec, subject, input, reformContext, applied, [], read);
      const moved = movedRules(text, reform);
      summary.total++;
      if (text.verdict !== reform.verdict) summary.changed++;
      if (text.verdict !== 'eligible' && reform.verdict === 'eligible') summary.toEligible++;
      if (text.verdict === 'eligible' && reform.verdict !== 'eligible') summary.fromEligible++;
      for (const m of moved) {
        let row = byRule.get(m.ruleId);
        if (!row) {
          row = { ruleId: m.ruleId, clauses: m.clauses, toPass: 0, toFail: 0 };
          byRule.set(m.ruleId, row);
        }
        if (m.reform === 'pass') row.toPass++;
        if (m.reform === 'fail') row.toFail++;
      }
      return {
        index: index++,
        ...(file === undefined ? {} : { file }),
        ...(text.name === undefined ? {} : { name: text.name }),
        text: text.verdict,
        reform: reform.verdict,
        moved,
      };
    },
    summary: () => ({ ...summary, byRule: [...byRule.values()].map((r) => ({ ...r })) }),
  };
}

/**
 * Checks each application under the text and under the reform, and says what moved.
 * The options are checked first: with a problem, nothing is checked and `problems` says why.
 * @example
 * reform('tianjin', 'studio', applications, { parameters: { 'venue.areaSqm': '80' } }).summary.toEligible;
 */
export function reform(
  policy: PolicyId | Policy,
  subject: SubjectId,
  inputs: readonly unknown[],
  options?: ReformOptions,
): ReformResult {
  const list = listOf(
    inputs,
    `an array of at most ${MAX_BATCH} applications (startReform takes any number, one at a time)`,
  );
  const run = startReform(policy, subject, options);
  const entries: ReformEntry[] = [];
  if (run.problems.length === 0) for (const input of list) entries.push(run.entry(input));
  return {
    policy: policyOf(policy).id,
    subject,
    parameters: run.parameters,
    problems: run.problems,
    entries,
    summary: run.summary(),
  };
}

/** Most applications one call takes; a longer batch streams through `startReform`. */

function movedRules(text: Report, reform: Report): MovedRule[] {
  const out: MovedRule[] = [];
  // The same rules run in the same order both ways, so results align by index. Statuses
  // only: the results' messages are not built for a comparison (core/check.ts).
  const after = resultStatuses(reform);
  const before = resultStatuses(text);
  for (let i = 0; i < after.length; i++) {
    const r = after[i] as (typeof after)[number];
    const t = before[i];
    if (t && t.ruleId === r.ruleId && t.status !== r.status)
      out.push({ ruleId: r.ruleId, clauses: r.clauses as string[], text: t.status, reform: r.status });
  }
  return out;
}
