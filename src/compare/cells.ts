// Cells read from what the policies' rules use: a Parameter object, a naming rule, a
// procedure's steps, a clause's words. No value is typed here.
import type { NamingRule } from '../core/naming.js';
import type { StepSpec } from '../core/procedure.js';
import type { Option } from '../core/rules.js';
import type { Bilingual, Parameter, Policy, ProcedureSpec, Provenance } from '../core/types.js';
import type { NotApplicableCell, NotSetCell, SetCell } from './types.js';

export const YEARS: Bilingual = { zh: '年', en: 'years' };
export const AT_LEAST: Bilingual = { zh: '至少', en: 'at least ' };

const isOptions = (v: unknown): v is readonly Option[] =>
  Array.isArray(v) && v.every((o) => typeof o === 'object' && o !== null && 'label' in o);

function withUnit(value: string, unit: Bilingual | null): Bilingual {
  if (!unit) return { zh: value, en: value };
  return { zh: `${value}${unit.zh}`, en: unit.en ? `${value} ${unit.en}` : value };
}

/** A list of options in words: its length and its items. */
export function optionsShown(options: readonly Option[]): Bilingual {
  return {
    zh: `${options.length}项：${options.map((o) => o.label.zh).join('、')}`,
    en: `${options.length}: ${options.map((o) => o.label.en).join('; ')}`,
  };
}

/** The work years are counted in, from a quote that says "从事…工作 N 年": '创业指导服务工作'. */
export function workOf(quote: string): string | undefined {
  const at = quote.indexOf('从事');
  if (at < 0) return undefined;
  let end = at + 2;
  while (end < quote.length && !/[\s\d]/u.test(quote[end] as string)) end++;
  return end > at + 2 ? quote.slice(at + 2, end) : undefined;
}

/** The cell of a Parameter: its value, unit, citation and words, as the rules read them. */
export function paramCell(
  param: Parameter,
  more: { unit?: Bilingual; shown?: Bilingual; perYear?: SetCell['perYear']; prefix?: Bilingual } = {},
): SetCell {
  const unit = param.unit && (param.unit.zh || param.unit.en) ? param.unit : (more.unit ?? null);
  let shown: Bilingual;
  const v = param.value;
  if (more.shown) shown = more.shown;
  else if (isOptions(v)) shown = optionsShown(v);
  else if (typeof v === 'number' || typeof v === 'string') shown = withUnit(String(v), unit);
  else if (typeof v === 'boolean') shown = v ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' };
  else if (v === null) shown = { zh: '（文本未定数额）', en: '(no amount in the text)' };
  else shown = { zh: JSON.stringify(v), en: JSON.stringify(v) };
  if (more.prefix && !more.shown) shown = { zh: `${more.prefix.zh}${shown.zh}`, en: `${more.prefix.en}${shown.en}` };
  return {
    state: 'set',
    value: v,
    shown,
    unit,
    provenance: param.provenance,
    clause: param.clause,
    quote: param.quote,
    parameter: param.id,
    ...(param.note ? { note: param.note } : {}),
    ...(more.perYear ? { perYear: more.perYear } : {}),
    ...(workOf(param.quote) === undefined ? {} : { of: workOf(param.quote) as string }),
  };
}

/**
 * Either/or: one cell for a requirement any one of `alternatives` meets, quoting the whole
 * sentence (`quote`, verbatim, in `clause`).
 */
export function anyOfCell(clause: string, quote: string, alternatives: SetCell[]): SetCell {
  return {
    state: 'set',
    value: { anyOf: alternatives.map((a) => ({ parameter: a.parameter, value: a.value })) },
    shown: {
      zh: alternatives.map((a) => a.shown.zh).join('，或'),
      en: alternatives.map((a) => a.shown.en).join(', or '),
    },
    unit: null,
    provenance: alternatives.every((a) => a.provenance === 'text') ? 'text' : 'interpretation',
    clause,
    quote,
    parameter: null,
    anyOf: alternatives,
  };
}

/** The cell of a naming rule: its pattern, as the generator and the validator use it. */
export function namingCell(rule: NamingRule): SetCell {
  return {
    state: 'set',
    value: rule.pattern,
    shown: {
      zh: `${rule.pattern}${rule.extraElementsAllowed ? '（可增加相关要素）' : ''}`,
      en: `${rule.pattern}${rule.extraElementsAllowed ? ' (other elements may be added)' : ' (exactly)'}`,
    },
    unit: null,
    provenance: 'text',
    clause: rule.clause,
    quote: rule.pattern,
    parameter: null,
  };
}

function durationShown(step: StepSpec): Bilingual | null {
  const d = step.duration;
  if (d.kind === 'none') return null;
  const n = d.n.value;
  if (d.kind === 'days') return { zh: `${n}天`, en: `${n} days` };
  return { zh: `${n}个工作日`, en: `${n} working days` };
}

/** The cell of a procedure: its steps in order, each with its period read from its Parameter. */
export function stepsCell(policy: Policy, procedure: ProcedureSpec): SetCell {
  const parts = procedure.steps.map((s) => {
    const d = durationShown(s);
    return { zh: d ? `${s.label.zh}（${d.zh}）` : s.label.zh, en: d ? `${s.label.en} (${d.en})` : s.label.en };
  });
  const timed = procedure.steps.flatMap((s) => (s.duration.kind === 'none' ? [] : [s.duration.n]));
  const provenance: Provenance = timed.some((p) => p.provenance !== 'text') ? 'interpretation' : 'text';
  const first = procedure.steps[0]?.clauses[0] ?? '';
  const firstText = policy.clauses.find((c) => c.id === first)?.text ?? '';
  return {
    state: 'set',
    value: procedure.steps.map((s) => ({
      id: s.id,
      duration: s.duration.kind === 'none' ? null : { kind: s.duration.kind, n: s.duration.n.value },
    })),
    shown: { zh: parts.map((p) => p.zh).join(' → '), en: parts.map((p) => p.en).join(' → ') },
    unit: null,
    provenance,
    clause: first,
    quote: timed.length > 0 ? timed.map((p) => p.quote).join(' / ') : firstText,
    parameter: null,
    ...(provenance === 'interpretation'
      ? { note: timed.flatMap((p) => (p.note ? [`${p.id}: ${p.note}`] : [])).join(' ') }
      : {}),
  };
}

/**
 * A cell read from a clause's own words where the text fixes a requirement without a
 * number (Pingdingshan's talent systems): `quote` must occur in the clause (a test reads it).
 */
export function clauseCell(
  clause: string,
  quote: string,
  shown: Bilingual,
  value: unknown = quote,
  provenance: Provenance = 'text',
): SetCell {
  return { state: 'set', value, shown, unit: null, provenance, clause, quote, parameter: null };
}

export const notSet = (reason: Bilingual): NotSetCell => ({ state: 'not_set', reason });
export const notApplicable = (reason: Bilingual): NotApplicableCell => ({ state: 'not_applicable', reason });
