// The values a check runs under: the policy's parameters as the text (or the library's
// labelled default) sets them, the caller's readings of ambiguities, and the caller's
// changed values (a reform). Resolved once per check; rules ask the context, never the
// module, so the same rule answers under each — and, since a parameter is looked up by
// its id in the policy checked, under each version of a text (define/versions.ts).
import { isIsoDate, MAX_YEARS } from '../calendar/date.js';
import { deepFreeze } from './freeze.js';
import { type Json, preview, readInput } from './input.js';
import { render } from './messages.js';
import type { AppliedParameter, Bilingual, InputProblem, Parameter, Policy } from './types.js';

/** What a rule asks of its check: this check's value of a parameter. */
export type ParameterLookup = <T>(param: Parameter<T>) => Parameter<T>;

/** Every parameter as the object a rule holds declares it (no policy in view). */
export const textValues: ParameterLookup = (param) => param;

export interface ResolvedParameters {
  param: ParameterLookup;
  /** The readings and changed values in force, for the report (empty under the text). */
  applied: AppliedParameter[];
}

/**
 * The text's own values of `policy`: a parameter is looked up by its id among the policy's
 * parameters, so a rule shared by two versions of a text reads the version checked (the
 * 2027 revision's 100 m² through the 2025 parameter object). A parameter the policy does
 * not declare is read as the rule's object holds it: which parameters a rule reads is
 * known only when it runs, so no definition can refuse it — the test kit finds it
 * (`parameter_undeclared`), and a reading or changed value of it is refused as unknown.
 */
export function textOf(policy: Policy): ParameterLookup {
  return ownValues(policy).text.param;
}

const byPolicy = new WeakMap<Policy, { byId: Map<string, Parameter>; text: ResolvedParameters }>();
function ownValues(policy: Policy): { byId: Map<string, Parameter>; text: ResolvedParameters } {
  let own = byPolicy.get(policy);
  if (!own) {
    const byId = new Map(policy.parameters.map((p) => [p.id, p]));
    // A rule mostly reads the policy's own objects: those are known without a lookup by id.
    const declared = new Set<Parameter>(byId.values());
    // Shared by every check of the policy (and handed out by define's resolveParameters): frozen.
    const param = Object.freeze(((p: Parameter) => (declared.has(p) ? p : (byId.get(p.id) ?? p))) as ParameterLookup);
    own = { byId, text: Object.freeze({ param, applied: [] as AppliedParameter[] }) };
    byPolicy.set(policy, own);
  }
  return own;
}

/** Most entries one option may hold: a policy has a few hundred parameters. */
const MAX_ENTRIES = 1000;

/**
 * The caller's `readings` and `parameters` against the policy: each applied, or refused
 * with a problem at `options.readings.<id>` / `options.parameters.<id>`. Never throws; the
 * caller's objects are read once, as copies (core/input.ts).
 */
export function resolveParameters(
  policy: Policy,
  options: { readings?: unknown; parameters?: unknown },
  problems: InputProblem[],
): ResolvedParameters {
  const own = ownValues(policy);
  if (options.readings === undefined && options.parameters === undefined) return own.text;
  const byId = own.byId;
  const changed = new Map<string, Parameter>();
  const applied: AppliedParameter[] = [];
  const refuse = (option: string, key: string | null, code: string, params: Record<string, string | Bilingual>) =>
    problems.push({
      path: key === null ? ['options', option] : ['options', option, key],
      code,
      severity: 'error',
      message: render(code, { policy: policy.id, ...params }),
    });

  for (const option of ['readings', 'parameters'] as const) {
    const raw = options[option];
    if (raw === undefined) continue;
    const read = readInput(raw);
    const value = read.value;
    if (read.problems.length > 0 || value === null || typeof value !== 'object' || Array.isArray(value)) {
      refuse(option, null, 'invalid_option', { detail: `${option} = ${preview(raw)}` });
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > MAX_ENTRIES) {
      refuse(option, null, 'invalid_option', { detail: `${option}: more than ${MAX_ENTRIES} entries` });
      continue;
    }
    for (const id of keys) {
      const given = (value as Record<string, Json>)[id] as Json;
      const param = byId.get(id);
      if (param === undefined) refuse(option, id, 'unknown_parameter', { id });
      else if (param.informative) refuse(option, id, 'parameter_not_read', { id });
      else if (changed.has(id)) refuse(option, id, 'parameter_twice', { id });
      else if (option === 'readings' && param.provenance === 'text') refuse(option, id, 'reading_of_text', { id });
      else if (option === 'readings' && param.choices && !param.choices.some((c) => sameJson(c, given)))
        refuse(option, id, 'reading_choice', {
          id,
          value: preview(given),
          choices: param.choices.map(show).join(' | '),
        });
      else if (!fits(given, param))
        refuse(option, id, 'parameter_type', { id, value: preview(given), expected: expectedOf(param) });
      else {
        const value = deepFreeze(given);
        changed.set(id, Object.freeze({ ...param, value }));
        applied.push(
          deepFreeze({
            id,
            kind: option === 'readings' ? 'reading' : 'reform',
            value,
            replaced: param.value,
            clause: param.clause,
            quote: param.quote,
            provenance: param.provenance,
            label: param.label,
          } as AppliedParameter),
        );
      }
    }
  }
  if (changed.size === 0) return { param: own.text.param, applied };
  return { param: ((p: Parameter) => changed.get(p.id) ?? byId.get(p.id) ?? p) as ParameterLookup, applied };
}

/**
 * A parameter counted in years (its unit 年): a changed value is a whole number the
 * calendar counts, at most MAX_YEARS (as `termPeriod` and `anniversary` take). More would
 * only be "never reached"; refused, so the report does not carry a number no date can hold.
 */
const isYears = (param: Parameter): boolean => typeof param.value === 'number' && param.unit?.zh === '年';

/** Whether a caller's value can stand for the parameter's (`sameShape`; years within the calendar). */
function fits(given: Json, param: Parameter): boolean {
  return sameShape(given, param.value) && !(isYears(param) && (given as number) > MAX_YEARS);
}

/** What a changed value of the parameter must be, in words, with the text's own value. */
function expectedOf(param: Parameter): Bilingual {
  const text = show(param.value);
  const v = param.value;
  if (typeof v !== 'number')
    return { zh: `与原值同类型的值（原值 ${text}）`, en: `a value shaped like the text's ${text}` };
  if (isYears(param))
    return {
      zh: `0至${MAX_YEARS}的整数年数（原值 ${text}）`,
      en: `a whole number of years from 0 to ${MAX_YEARS} (the text's ${text})`,
    };
  // A whole number where the text's is one; not negative where the text's is not.
  const zh = `${v < 0 ? '' : '0或以上的'}${Number.isInteger(v) ? '整数' : '数'}`;
  const en = `${Number.isInteger(v) ? 'a whole number' : 'a number'}${v < 0 ? '' : ', 0 or more'}`;
  return { zh: `${zh}（原值 ${text}）`, en: `${en} (the text's ${text})` };
}

/** A value as a message shows it: JSON, cut short. */
function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Whether a caller's value can stand where the text's does: the same JSON type; a date
 * for a date; a decimal string for a decimal string; a finite number for a number, not
 * negative for one that is not, whole for a whole one (the texts count persons, times,
 * days and years in whole numbers; a fraction goes in a decimal string); a list whose
 * entries are each shaped as one of the text's entries; an object with the text's keys,
 * each shaped alike.
 */
export function sameShape(given: Json | undefined, template: unknown): boolean {
  if (typeof template === 'number')
    return (
      // Stryker disable next-line ConditionalExpression: Number.isFinite is false for a non-number too; typeof narrows the type
      typeof given === 'number' &&
      Number.isFinite(given) &&
      (template < 0 || given >= 0) &&
      (!Number.isInteger(template) || Number.isInteger(given))
    );
  if (typeof template === 'boolean') return typeof given === 'boolean';
  if (typeof template === 'string') {
    if (typeof given !== 'string') return false;
    if (isIsoDate(template)) return isIsoDate(given);
    if (DECIMAL.test(template)) return DECIMAL.test(given);
    return true;
  }
  if (template === null || template === undefined) return given === template;
  if (Array.isArray(template)) {
    if (!Array.isArray(given)) return false;
    if (template.length === 0) return given.every((g) => g === null || typeof g !== 'object');
    return given.every((g) => template.some((t) => sameShape(g, t)));
  }
  if (typeof template === 'object') {
    if (given === null || typeof given !== 'object' || Array.isArray(given)) return false;
    const keys = Object.keys(template);
    if (Object.keys(given).some((k) => !keys.includes(k))) return false;
    return keys.every((k) => sameShape((given as Record<string, Json>)[k], (template as Record<string, unknown>)[k]));
  }
  return false;
}

const DECIMAL = /^\d+(?:\.\d+)?$/u;
