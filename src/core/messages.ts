// One message table per language, keyed by code and filled in late: outcomes and input
// problems carry codes and values; the sentences live only here. A test fails when the
// tables differ in their keys.

import { RANGE_ADVICE } from '../calendar/errors.js';
import { deepFreeze } from './freeze.js';
import type { Bilingual, Lang, MessageParams, MessageValue } from './types.js';

/** Renders one value in the template's language. */
type Say = (value: MessageValue | undefined) => string;
type Template = (p: MessageParams, s: Say) => string;
type Table = Record<MessageCode, Template>;

const zh = {
  // rule outcomes
  count: (p, s) => `${s(p.label)}：要求不少于${s(p.required)}${s(p.unit)}，实际${s(p.actual)}${s(p.unit)}`,
  amount: (p, s) => `${s(p.label)}：要求不少于${s(p.required)}${s(p.unit)}，实际${s(p.actual)}${s(p.unit)}`,
  years: (p, s) => `${s(p.label)}：要求满${s(p.required)}年，实际${s(p.actual)}`,
  includes: (p, s) =>
    s(p.missing)
      ? `${s(p.label)}：应包括${s(p.required)}；缺少${s(p.missing)}`
      : `${s(p.label)}：${s(p.required)}均已具备`,
  kind_listed: (p, s) => `${s(p.label)}：${s(p.actual)}，属于文本所列类型`,
  kind_unlisted: (p, s) => `${s(p.label)}：${s(p.actual)}不在文本所列类型中；文本以“等”列举，是否认可由主管部门决定`,
  kind_accepted: (p, s) => `${s(p.label)}：${s(p.actual)}不在所列类型中，已声明经主管部门认可`,
  kind_rejected: (p, s) => `${s(p.label)}：${s(p.actual)}不在所列类型中，且未获主管部门认可`,
  attested: (p, s) => `${s(p.label)}：已声明具备`,
  not_attested: (p, s) => `${s(p.label)}：声明不具备`,
  needs_attestation: (p, s) => `${s(p.label)}：需由申报方声明并经审核认定`,
  missing: (p, s) => `${s(p.label)}：缺少数据，请补充 ${s(p.paths)}`,
  present: (p, s) => `${s(p.label)}：已具备`,
  absent: (p, s) => `${s(p.label)}：不具备`,
  name_matches: (p, s) => `工作室名称符合“${s(p.pattern)}”：${s(p.actual)}`,
  name_mismatch: (p, s) => `工作室名称应为“${s(p.expected)}”（${s(p.pattern)}），实际为“${s(p.actual)}”`,
  not_applicable: (p, s) => `${s(p.label)}：不适用（${s(p.reason)}）`,
  not_in_force: (p, s) => `${s(p.label)}：${s(p.asOf)}不在本文件有效期内（${s(p.range)}）`,
  in_force: (p, s) => `${s(p.label)}：${s(p.asOf)}在本文件有效期内（${s(p.range)}）`,
  // input problems
  invalid_type: (p, s) => `类型错误：应为${s(p.expected)}，实际为${s(p.received)}`,
  invalid_date: () => '日期无效：应为真实存在的日期，按“年-月-日”书写（如 2026-02-28）',
  invalid_value: (p, s) => `取值无效：应为以下之一：${s(p.options)}`,
  negative: () => '不能为负数',
  not_integer: () => '应为整数',
  not_finite: () => '应为有限数值（不能是 NaN 或 Infinity）',
  too_large: (p, s) => `数据过大：最多${s(p.limit)}项`,
  too_deep: (p, s) => `嵌套过深：最多${s(p.limit)}层`,
  unknown_key: (p, s) => `未知字段“${s(p.key)}”，已忽略（是否拼写错误？）`,
  forbidden_key: (p, s) => `不允许的字段名“${s(p.key)}”，已忽略`,
  unreadable: () => '无法读取该值（不是 JSON 数据）',
  invalid_option: (p, s) => `选项无效：${s(p.detail)}`,
  invalid_input: (p, s) => `输入无效：${s(p.detail)}`,
  unknown_parameter: (p, s) =>
    `选项无效：${s(p.policy)}没有参数“${s(p.id)}”（可用 chuangye rules ${s(p.policy)} 查看参数）`,
  parameter_not_read: (p, s) => `选项无效：参数“${s(p.id)}”仅作引述，不由任何规则读取，不能选择或调整`,
  parameter_twice: (p, s) => `选项无效：参数“${s(p.id)}”同时作为解读和调整值给出，只能给出一次`,
  reading_of_text: (p, s) =>
    `选项无效：参数“${s(p.id)}”为原文规定，不是解读；如需按其他取值计算，请在 parameters 中给出（调整参数，结论非政策原文结论）`,
  reading_choice: (p, s) => `选项无效：解读“${s(p.id)}”的取值${s(p.value)}不在可选范围内（${s(p.choices)}）`,
  parameter_type: (p, s) => `选项无效：参数“${s(p.id)}”的取值${s(p.value)}不符，应为${s(p.expected)}`,
  outside_calendar: (p, s) =>
    `日历没有${s(p.year)}年的工作日安排（${s(p.date)}；现有 ${s(p.from)} 至 ${s(p.to)}）：请提供该年的放假安排（--calendar 文件或 CHUANGYE_CALENDAR=文件|文件夹；代码中 createCalendar({ years })），或按周末及法定节假日暂定计算，调休未计（--provisional；createCalendar({ fallback: 'statutory' })）`,
  cycle: () => '数据中存在循环引用，已忽略该值',
  entry_left_out: () => '该条目有误，未计入任何统计；更正后方可评定等级',
  more_problems: (p, s) => `另有${s(p.count)}个同类问题（${s(p.kind)}）未逐一列出`,
} satisfies Record<string, Template>;

export type MessageCode = keyof typeof zh;

/** An English unit agreeing with its number: 1 person, 2 persons; 1 activity, 3 activities. */
function unitFor(n: string, unit: string): string {
  if (unit === '' || Number(n) !== 1) return unit;
  if (unit.endsWith('ies')) return `${unit.slice(0, -3)}y`;
  if (/(ss|sh|ch|x)es$/u.test(unit)) return unit.slice(0, -2);
  return unit.endsWith('s') && !unit.endsWith('ss') ? unit.slice(0, -1) : unit;
}

const en: Table = {
  count: (p, s) =>
    `${s(p.label)}: at least ${s(p.required)}${s(p.unit) ? ` ${unitFor(s(p.required), s(p.unit))}` : ''} required, ${s(p.actual)} found`,
  amount: (p, s) =>
    `${s(p.label)}: at least ${s(p.required)} ${unitFor(s(p.required), s(p.unit))} required, ${s(p.actual)} ${unitFor(s(p.actual), s(p.unit))} given`,
  years: (p, s) => `${s(p.label)}: ${s(p.required)} full years required, ${s(p.actual)}`,
  includes: (p, s) =>
    s(p.missing)
      ? `${s(p.label)}: ${s(p.required)} required; missing ${s(p.missing)}`
      : `${s(p.label)}: all of ${s(p.required)} present`,
  kind_listed: (p, s) => `${s(p.label)}: ${s(p.actual)}, a kind the text lists`,
  kind_unlisted: (p, s) =>
    `${s(p.label)}: ${s(p.actual)} is not a kind the text lists; the list ends in "等" (etc.), so the authority decides whether to accept it`,
  kind_accepted: (p, s) => `${s(p.label)}: ${s(p.actual)} is not listed, declared accepted by the authority`,
  kind_rejected: (p, s) => `${s(p.label)}: ${s(p.actual)} is not listed and was not accepted by the authority`,
  attested: (p, s) => `${s(p.label)}: declared`,
  not_attested: (p, s) => `${s(p.label)}: declared not met`,
  needs_attestation: (p, s) => `${s(p.label)}: to be declared by the applicant and confirmed in review`,
  missing: (p, s) => `${s(p.label)}: data missing, supply ${s(p.paths)}`,
  present: (p, s) => `${s(p.label)}: present`,
  absent: (p, s) => `${s(p.label)}: absent`,
  name_matches: (p, s) => `Studio name follows "${s(p.pattern)}": ${s(p.actual)}`,
  name_mismatch: (p, s) => `Studio name should be "${s(p.expected)}" (${s(p.pattern)}), got "${s(p.actual)}"`,
  not_applicable: (p, s) => `${s(p.label)}: not applicable (${s(p.reason)})`,
  not_in_force: (p, s) => `${s(p.label)}: ${s(p.asOf)} is outside this text's period of validity (${s(p.range)})`,
  in_force: (p, s) => `${s(p.label)}: ${s(p.asOf)} is within this text's period of validity (${s(p.range)})`,
  invalid_type: (p, s) => `Wrong type: expected ${s(p.expected)}, received ${s(p.received)}`,
  invalid_date: () => 'Invalid date: expected a real YYYY-MM-DD date (such as 2026-02-28)',
  invalid_value: (p, s) => `Invalid value: expected one of ${s(p.options)}`,
  negative: () => 'Must not be negative',
  not_integer: () => 'Must be a whole number',
  not_finite: () => 'Must be a finite number (not NaN or Infinity)',
  too_large: (p, s) => `Too large: at most ${s(p.limit)} items`,
  too_deep: (p, s) => `Nested too deeply: at most ${s(p.limit)} levels`,
  unknown_key: (p, s) => `Unknown field "${s(p.key)}", ignored (a typo?)`,
  forbidden_key: (p, s) => `Field name "${s(p.key)}" is not allowed, ignored`,
  unreadable: () => 'This value cannot be read (it is not JSON data)',
  invalid_option: (p, s) => `Invalid option: ${s(p.detail)}`,
  invalid_input: (p, s) => `Invalid input: ${s(p.detail)}`,
  unknown_parameter: (p, s) =>
    `Invalid option: ${s(p.policy)} has no parameter "${s(p.id)}" (chuangye rules ${s(p.policy)} lists them)`,
  parameter_not_read: (p, s) =>
    `Invalid option: parameter "${s(p.id)}" is only quoted, no rule reads it, so it cannot be chosen or changed`,
  parameter_twice: (p, s) =>
    `Invalid option: parameter "${s(p.id)}" is given both as a reading and as a changed value; give it once`,
  reading_of_text: (p, s) =>
    `Invalid option: parameter "${s(p.id)}" is stated by the text, not a reading; to compute with another value, give it under parameters (a reform, not the text's verdict)`,
  reading_choice: (p, s) => `Invalid option: reading "${s(p.id)}" = ${s(p.value)} is not one of ${s(p.choices)}`,
  parameter_type: (p, s) =>
    `Invalid option: parameter "${s(p.id)}" = ${s(p.value)} does not fit: expected ${s(p.expected)}`,
  outside_calendar: (p, s) =>
    `No working-day data for ${s(p.year)} (${s(p.date)}; the calendar covers ${s(p.from)} … ${s(p.to)}): ${RANGE_ADVICE}`,
  cycle: () => 'This value refers to itself (a cycle) and was ignored',
  entry_left_out: () => 'This entry has an error and was left out of every count; correct it to obtain a grade',
  more_problems: (p, s) => `${s(p.count)} more problems of this kind (${s(p.kind)}) are not listed one by one`,
};

export const MESSAGES: Readonly<Record<Lang, Readonly<Table>>> = deepFreeze({ zh, en });

const sayZh: Say = (v) =>
  v === undefined ? '' : typeof v === 'object' ? ('zh' in v ? v.zh : v.map((x) => x.zh).join('、')) : String(v);
const sayEn: Say = (v) =>
  v === undefined ? '' : typeof v === 'object' ? ('en' in v ? v.en : v.map((x) => x.en).join(', ')) : String(v);

/** Renders a message code with its values in both languages. */
export function render(code: string, params: MessageParams = {}): Bilingual {
  if (!Object.hasOwn(zh, code)) return { zh: code, en: code };
  return { zh: zh[code as MessageCode](params, sayZh), en: en[code as MessageCode](params, sayEn) };
}
