// The handbook's messages, one table per language keyed by code (a test fails when the
// tables differ in their keys). Values are filled in late, as in core/messages.ts.
import { deepFreeze } from '../core/freeze.js';
import type { Bilingual, InputProblem } from '../core/types.js';

type Params = Record<string, string | number>;
type Template = (p: Params) => string;

/** The kinds kindOf names, in Chinese. */
const KIND_ZH: Record<string, string> = {
  string: '字符串',
  number: '数字',
  boolean: '布尔值',
  object: '对象',
  array: '数组',
  null: '空值',
  undefined: '缺失',
};
const kindZh = (kind: string | number | undefined) => KIND_ZH[String(kind)] ?? String(kind);

/** What a departure rests on: the text's words (an error) or the reconstruction's reason (a warning). */
const basisZh = (p: Params) =>
  p.stated === 1
    ? `（《手册》明文：“${p.basis}”）`
    : `（此为据流程图方框重建的连线，非《手册》明文${p.basis ? `；理由：${p.basis}` : ''}）`;
const basisEn = (p: Params) =>
  p.stated === 1
    ? ` (the handbook states it: "${p.basis}")`
    : ` (a reconstructed edge, not stated by the handbook${p.basis ? `; reason: ${p.basis}` : ''})`;

const zh = {
  // coverage
  not_a_list: () => '应为服务功能列表：字符串数组，每项为功能编号（如 information/1.1）或功能名称',
  not_a_string: (p) => `应为字符串（功能编号或名称），实际为${kindZh(p.type)}`,
  unknown_function: (p) => `未知的服务功能“${p.entry}”：应为功能编号（如 information/1.1）或《手册》所列功能名称`,
  unknown_mode: (p) =>
    `未知的服务方式“${p.entry}”：应为编号（如 information/mode/1）、“模块/名称”（如 information/窗口服务）或《手册》所列服务方式名称`,
  duplicate: (p) => `“${p.entry}”与第${p.first}项相同（${p.id}），只计一次`,
  too_many: (p) => `列表过长：最多${p.limit}项`,
  // case histories
  unknown_flow: (p) => `未知的服务流程“${p.flow}”：应为以下之一：${p.options}`,
  not_a_history: () => '办理记录应为事件数组，每个事件形如 { "step": …, "date": "YYYY-MM-DD" }',
  empty_case: (p) => `办理记录为空：应从“${p.start}”开始`,
  not_an_event: (p) => `应为事件对象，实际为${kindZh(p.type)}`,
  unreadable: () => '无法读取该值',
  unknown_step: (p) => `“${p.step}”不是本流程的步骤；本流程的步骤为：${p.options}`,
  date_missing: () => '缺少日期：每个事件应注明 YYYY-MM-DD 日期',
  invalid_date: () => '日期无效：应为真实存在的 YYYY-MM-DD 日期（如 2026-02-28）',
  not_start: (p) => `办理应从“${p.start}”开始，而非“${p.step}”${basisZh(p)}`,
  not_allowed: (p) => `“${p.previous}”之后应为：${p.options}，而非“${p.step}”${basisZh(p)}`,
  stated_order: (p) => `“${p.step}”应在“${p.before}”之后，而非“${p.previous}”之后${basisZh(p)}`,
  closed_step: (p) => `“${p.previous}”是流程的最后一步，其后不应再有“${p.step}”${basisZh(p)}`,
  date_backwards: (p) => `日期倒流：${p.date}早于上一步的${p.previous}`,
  unknown_decision: (p) => `“${p.step}”的判断结果应为以下之一：${p.options}；实际为“${p.decision}”`,
  no_decision: (p) => `“${p.step}”没有分支判断，不应填写判断结果“${p.decision}”`,
  decision_mismatch: (p) => `上一步判断为“${p.decision}”，应转入“${p.expected}”，实际为“${p.step}”${basisZh(p)}`,
  reason_missing: (p) => `“${p.step}”应说明原因（${p.quote}）：reason 应为非空文字`,
  documents_missing: (p) => `“${p.step}”应一次性告知所需补充的全部资料（${p.quote}）：documents 应为非空的资料名称列表`,
  repeated: (p) => `“${p.step}”只能有一次（${p.quote}）：此前已于第${p.first}项告知`,
  unknown_key: (p) => `未知字段“${p.key}”，已忽略（是否拼写错误？）`,
} satisfies Record<string, Template>;

export type HandbookCode = keyof typeof zh;

const en: Record<HandbookCode, Template> = {
  not_a_list: () =>
    'Expected a list of service functions: an array of strings, each an id (such as information/1.1) or a title',
  not_a_string: (p) => `Expected a string (a function id or title), received ${p.type}`,
  unknown_function: (p) =>
    `Unknown service function "${p.entry}": expected an id (such as information/1.1) or a title the handbook lists`,
  unknown_mode: (p) =>
    `Unknown service mode "${p.entry}": expected an id (such as information/mode/1), module/title (such as information/窗口服务) or a mode the handbook lists`,
  duplicate: (p) => `"${p.entry}" is the same as entry ${p.first} (${p.id}); counted once`,
  too_many: (p) => `List too long: at most ${p.limit} entries`,
  unknown_flow: (p) => `Unknown service flow "${p.flow}": expected one of ${p.options}`,
  not_a_history: () => 'A case history is an array of events, each like { "step": …, "date": "YYYY-MM-DD" }',
  empty_case: (p) => `The case history is empty: it starts with "${p.start}"`,
  not_an_event: (p) => `Expected an event object, received ${p.type}`,
  unreadable: () => 'This value cannot be read',
  unknown_step: (p) => `"${p.step}" is not a step of this flow; its steps are: ${p.options}`,
  date_missing: () => 'Date missing: each event states its YYYY-MM-DD date',
  invalid_date: () => 'Invalid date: expected a real YYYY-MM-DD date (such as 2026-02-28)',
  not_start: (p) => `A case starts with "${p.start}", not "${p.step}"${basisEn(p)}`,
  not_allowed: (p) => `"${p.previous}" is followed by ${p.options}, not "${p.step}"${basisEn(p)}`,
  stated_order: (p) => `"${p.step}" comes after "${p.before}", not after "${p.previous}"${basisEn(p)}`,
  closed_step: (p) => `"${p.previous}" ends the flow; "${p.step}" does not follow it${basisEn(p)}`,
  date_backwards: (p) => `Time runs backwards: ${p.date} is before the previous step's ${p.previous}`,
  unknown_decision: (p) => `The decision at "${p.step}" is one of ${p.options}; got "${p.decision}"`,
  no_decision: (p) => `"${p.step}" has no branches; the decision "${p.decision}" does not belong here`,
  decision_mismatch: (p) =>
    `The previous step decided "${p.decision}", which leads to "${p.expected}", but the next step is "${p.step}"${basisEn(p)}`,
  reason_missing: (p) => `"${p.step}" must give the reasons (${p.quote}): reason must be non-empty text`,
  documents_missing: (p) =>
    `"${p.step}" must name every missing document at once (${p.quote}): documents must be a non-empty list of names`,
  repeated: (p) => `"${p.step}" happens once only (${p.quote}); it already did at entry ${p.first}`,
  unknown_key: (p) => `Unknown field "${p.key}", ignored (a typo?)`,
};

export const HANDBOOK_MESSAGES = deepFreeze({ zh, en });

/** The message for a code, in both languages. */
export function say(code: HandbookCode, params: Params = {}): Bilingual {
  return { zh: zh[code](params), en: en[code](params) };
}

export function problem(
  path: (string | number)[],
  code: HandbookCode,
  params: Params = {},
  severity: InputProblem['severity'] = 'error',
): InputProblem {
  return { path, code, severity, message: say(code, params) };
}

/** A user's string, shortened for a message: a huge entry must not make a huge report. */
export function preview(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** The kind of a value, for "received …" in both languages. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  try {
    if (Array.isArray(value)) return 'array';
  } catch {
    // A revoked Proxy: an object that cannot be read.
  }
  return typeof value;
}
