// One message table per language, keyed by code and filled in late: outcomes and input
// problems carry codes and values; the sentences live only here. A test fails when the
// tables differ in their keys.
import type { Bilingual, Lang, MessageParams, MessageValue } from './types.js';

type Resolved = Record<string, string>;
type Table = Record<MessageCode, (p: Resolved) => string>;

const zh = {
  // rule outcomes
  count: (p) => `${p.label}：要求不少于${p.required}${p.unit ?? ''}，实际${p.actual}${p.unit ?? ''}`,
  amount: (p) => `${p.label}：要求不少于${p.required}${p.unit ?? ''}，实际${p.actual}${p.unit ?? ''}`,
  years: (p) => `${p.label}：要求满${p.required}年，实际${p.actual}`,
  includes: (p) =>
    p.missing ? `${p.label}：应包括${p.required}；缺少${p.missing}` : `${p.label}：${p.required}均已具备`,
  kind_listed: (p) => `${p.label}：${p.actual}，属于文本所列类型`,
  kind_unlisted: (p) => `${p.label}：${p.actual}不在文本所列类型中；文本以“等”列举，是否认可由主管部门决定`,
  kind_accepted: (p) => `${p.label}：${p.actual}不在所列类型中，已声明经主管部门认可`,
  kind_rejected: (p) => `${p.label}：${p.actual}不在所列类型中，且未获主管部门认可`,
  attested: (p) => `${p.label}：已声明具备`,
  not_attested: (p) => `${p.label}：声明不具备`,
  needs_attestation: (p) => `${p.label}：需由申报方声明并经审核认定`,
  missing: (p) => `${p.label}：缺少数据，请补充 ${p.paths}`,
  present: (p) => `${p.label}：已具备`,
  absent: (p) => `${p.label}：不具备`,
  name_matches: (p) => `工作室名称符合“${p.pattern}”：${p.actual}`,
  name_mismatch: (p) => `工作室名称应为“${p.expected}”（${p.pattern}），实际为“${p.actual}”`,
  not_applicable: (p) => `${p.label}：不适用（${p.reason}）`,
  not_in_force: (p) => `${p.label}：${p.asOf}不在本文件有效期内（${p.range}）`,
  in_force: (p) => `${p.label}：${p.asOf}在本文件有效期内（${p.range}）`,
  // input problems
  invalid_type: (p) => `类型错误：应为${p.expected}，实际为${p.received}`,
  invalid_date: () => '日期无效：应为真实存在的 YYYY-MM-DD 日期（如 2026-02-28）',
  invalid_value: (p) => `取值无效：应为以下之一：${p.options}`,
  negative: () => '不能为负数',
  not_integer: () => '应为整数',
  not_finite: () => '应为有限数值（不能是 NaN 或 Infinity）',
  too_large: (p) => `数据过大：最多${p.limit}项`,
  too_deep: (p) => `嵌套过深：最多${p.limit}层`,
  unknown_key: (p) => `未知字段“${p.key}”，已忽略（是否拼写错误？）`,
  forbidden_key: (p) => `不允许的字段名“${p.key}”，已忽略`,
  unreadable: () => '无法读取该值（不是 JSON 数据）',
  invalid_option: (p) => `选项无效：${p.detail}`,
  invalid_input: (p) => `输入无效：${p.detail}`,
} satisfies Record<string, (p: Resolved) => string>;

export type MessageCode = keyof typeof zh;

const en: Table = {
  count: (p) => `${p.label}: at least ${p.required}${p.unit ? ` ${p.unit ?? ''}` : ''} required, ${p.actual} found`,
  amount: (p) => `${p.label}: at least ${p.required} ${p.unit ?? ''} required, ${p.actual} ${p.unit ?? ''} given`,
  years: (p) => `${p.label}: ${p.required} full years required, ${p.actual}`,
  includes: (p) =>
    p.missing ? `${p.label}: ${p.required} required; missing ${p.missing}` : `${p.label}: all of ${p.required} present`,
  kind_listed: (p) => `${p.label}: ${p.actual}, a kind the text lists`,
  kind_unlisted: (p) =>
    `${p.label}: ${p.actual} is not a kind the text lists; the list ends in "等" (etc.), so the authority decides whether to accept it`,
  kind_accepted: (p) => `${p.label}: ${p.actual} is not listed, declared accepted by the authority`,
  kind_rejected: (p) => `${p.label}: ${p.actual} is not listed and was not accepted by the authority`,
  attested: (p) => `${p.label}: declared`,
  not_attested: (p) => `${p.label}: declared not met`,
  needs_attestation: (p) => `${p.label}: to be declared by the applicant and confirmed in review`,
  missing: (p) => `${p.label}: data missing, supply ${p.paths}`,
  present: (p) => `${p.label}: present`,
  absent: (p) => `${p.label}: absent`,
  name_matches: (p) => `Studio name follows "${p.pattern}": ${p.actual}`,
  name_mismatch: (p) => `Studio name should be "${p.expected}" (${p.pattern}), got "${p.actual}"`,
  not_applicable: (p) => `${p.label}: not applicable (${p.reason})`,
  not_in_force: (p) => `${p.label}: ${p.asOf} is outside this text's period of validity (${p.range})`,
  in_force: (p) => `${p.label}: ${p.asOf} is within this text's period of validity (${p.range})`,
  invalid_type: (p) => `Wrong type: expected ${p.expected}, received ${p.received}`,
  invalid_date: () => 'Invalid date: expected a real YYYY-MM-DD date (such as 2026-02-28)',
  invalid_value: (p) => `Invalid value: expected one of ${p.options}`,
  negative: () => 'Must not be negative',
  not_integer: () => 'Must be a whole number',
  not_finite: () => 'Must be a finite number (not NaN or Infinity)',
  too_large: (p) => `Too large: at most ${p.limit} items`,
  too_deep: (p) => `Nested too deeply: at most ${p.limit} levels`,
  unknown_key: (p) => `Unknown field "${p.key}", ignored (a typo?)`,
  forbidden_key: (p) => `Field name "${p.key}" is not allowed, ignored`,
  unreadable: () => 'This value cannot be read (it is not JSON data)',
  invalid_option: (p) => `Invalid option: ${p.detail}`,
  invalid_input: (p) => `Invalid input: ${p.detail}`,
};

export const MESSAGES: Record<Lang, Table> = { zh, en };

function resolve(value: MessageValue, lang: Lang): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v: Bilingual) => v[lang]).join(lang === 'zh' ? '、' : ', ');
  return (value as Bilingual)[lang];
}

/** Renders a message code with its values in both languages. */
export function render(code: string, params: MessageParams = {}): Bilingual {
  const out = { zh: '', en: '' };
  for (const lang of ['zh', 'en'] as const) {
    const resolved: Resolved = {};
    for (const [k, v] of Object.entries(params)) resolved[k] = resolve(v, lang);
    const template = MESSAGES[lang][code as MessageCode];
    out[lang] = template ? template(resolved) : code;
  }
  return out;
}
