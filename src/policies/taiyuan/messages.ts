// The sentences of the Taiyuan rules, one table per language keyed by code and filled in
// late (as core/messages.ts does for the shared codes). A test fails when the tables
// differ in their keys.
import { deepFreeze } from '../../core/freeze.js';
import type { Bilingual, MessageParams, MessageValue } from '../../core/types.js';

type Say = (value: MessageValue | undefined) => string;
type Template = (p: MessageParams, s: Say) => string;

const zh = {
  validity_in_force: (p, s) =>
    `本办法自${s(p.from)}起施行，有效期至${s(p.to)}；${s(p.asOf)}在有效期内。原${s(p.repealed)}已废止，本库不予编码`,
  validity_not_yet: (p, s) =>
    `第十五条：${s(p.asOf)}本办法尚未施行（自${s(p.from)}起施行），不适用；此前适用的${s(p.repealed)}已被本办法废止，本库不予编码，该日期的情况无法依本库判断`,
  validity_expired: (p, s) => `第十五条：${s(p.asOf)}本办法有效期（至${s(p.to)}）已届满，不再适用`,
  category_qualifies: (p, s) => `第五条：符合${s(p.categories)}`,
  category_none: () => '第五条：所列背景均不符合任何类别',
  category_empty: () => '第五条：未列出任何背景（空列表）',
  category_open: (p, s) => `第五条：尚不能确定是否符合某一类别，请补充 ${s(p.paths)}`,
  candidate: () => '未提供聘期：按候选人审查，聘期与解聘情形不适用',
  term_current: (p, s) =>
    `第${s(p.number)}届聘期${s(p.from)}至${s(p.to)}（自聘任之日起三年）${s(p.letter)}；${s(p.asOf)}在聘期内`,
  term_ended: (p, s) =>
    `聘期${s(p.from)}至${s(p.to)}已届满${s(p.letter)}，聘任关系于${s(p.to)}后自动终止，现不在聘；这不涉及是否符合选聘条件（重新选聘按候选人审查）`,
  dismissal_later: (p, s) => `解聘决定晚于${s(p.asOf)}，在该日尚未作出：不适用`,
  term_not_started: (p, s) => `聘期自${s(p.from)}开始，${s(p.asOf)}尚未开始`,
  term_dismissed: (p, s) => `聘期${s(p.from)}至${s(p.to)}，但已于${s(p.decided)}决定解聘`,
  not_in_term: (p, s) => `${s(p.asOf)}不在任何聘期内：解聘情形不适用`,
  ground_clear: (p, s) => `${s(p.label)}：未构成（${s(p.detail)}）`,
  ground_met: (p, s) => `${s(p.label)}：已构成解聘情形（${s(p.detail)}），经市人社部门确认后予以解聘`,
  ground_open: (p, s) => `${s(p.label)}：尚不能确定（${s(p.detail)}），请补充 ${s(p.paths)}`,
  duty_kept: (p, s) => `保密义务：自${s(p.since)}首次聘任起承担，聘期终止后仍不解除；未记录泄密`,
  duty_owed: (p, s) => `保密义务：自${s(p.since)}首次聘任起承担，聘期终止后仍不解除`,
  duty_breached: (p, s) =>
    `保密义务：${s(p.date)}记录泄露服务对象商业秘密；该义务不因聘期终止而解除。是否解聘依第十二条（五）（须造成不良后果），见该项结果`,
  no_dismissal: () => '未提供解聘记录：程序审查不适用',
  procedure_ok: (p, s) =>
    `解聘程序：已告知事实、理由和依据，已听取陈述和申辩，经市人社部门确认，于${s(p.decided)}作出决定`,
  procedure_defective: (p, s) => `解聘程序存在瑕疵（第十二条第二款）：${s(p.defects)}`,
  procedure_open: (p, s) => `解聘程序：尚不能确定，请补充 ${s(p.paths)}`,
  grounds_supported: (p, s) => `解聘依据：所引${s(p.grounds)}均有记录支持`,
  grounds_unsupported: (p, s) => `解聘依据：所引${s(p.grounds)}在决定日的记录中不成立`,
  grounds_open: (p, s) => `解聘依据：尚不能确定，请补充 ${s(p.paths)}`,
  grounds_none: () => '解聘依据：决定未引用任何情形（见程序审查）',
} satisfies Record<string, Template>;

export type TaiyuanMessageCode = keyof typeof zh;

const en: Record<TaiyuanMessageCode, Template> = {
  validity_in_force: (p, s) =>
    `In force from ${s(p.from)} to ${s(p.to)}; ${s(p.asOf)} is within that period. The former ${s(p.repealed)} is repealed and not encoded`,
  validity_not_yet: (p, s) =>
    `Art. 15: on ${s(p.asOf)} these measures were not yet in force (from ${s(p.from)}) and do not apply; the ${s(p.repealed)} that applied before is repealed by them and not encoded here, so that date cannot be judged by this library`,
  validity_expired: (p, s) =>
    `Art. 15: on ${s(p.asOf)} these measures have expired (valid to ${s(p.to)}) and no longer apply`,
  category_qualifies: (p, s) => `Art. 5: qualifies as ${s(p.categories)}`,
  category_none: () => 'Art. 5: no background listed qualifies under any category',
  category_empty: () => 'Art. 5: no background listed (an empty list)',
  category_open: (p, s) => `Art. 5: not yet known whether any category is met; supply ${s(p.paths)}`,
  candidate: () => 'No term given: checked as a candidate; term and dismissal grounds do not apply',
  term_current: (p, s) =>
    `Term ${s(p.number)}: ${s(p.from)} to ${s(p.to)} (three years from appointment)${s(p.letter)}; ${s(p.asOf)} is within the term`,
  term_ended: (p, s) =>
    `The term ${s(p.from)} to ${s(p.to)} has expired${s(p.letter)}; the appointment ended by itself after ${s(p.to)}, so the expert is not serving — which says nothing of the qualifications (re-selection is a candidate check)`,
  dismissal_later: (p, s) =>
    `The dismissal is decided after ${s(p.asOf)}, so on that day it has not been made: not applicable`,
  term_not_started: (p, s) => `The term starts on ${s(p.from)}; on ${s(p.asOf)} it has not started`,
  term_dismissed: (p, s) => `Term ${s(p.from)} to ${s(p.to)}, but dismissal was decided on ${s(p.decided)}`,
  not_in_term: (p, s) => `${s(p.asOf)} is in no term of appointment: dismissal grounds do not apply`,
  ground_clear: (p, s) => `${s(p.label)}: not met (${s(p.detail)})`,
  ground_met: (p, s) =>
    `${s(p.label)}: a ground for dismissal is met (${s(p.detail)}); dismissal follows on the city bureau's confirmation`,
  ground_open: (p, s) => `${s(p.label)}: not yet known (${s(p.detail)}); supply ${s(p.paths)}`,
  duty_kept: (p, s) =>
    `Confidentiality: owed since the first appointment on ${s(p.since)}, and not released when a term ends; no leak recorded`,
  duty_owed: (p, s) =>
    `Confidentiality: owed since the first appointment on ${s(p.since)}, and not released when a term ends`,
  duty_breached: (p, s) =>
    `Confidentiality: a client's business secret leaked on ${s(p.date)}; the duty outlives the term. Dismissal follows art. 12(5) alone (adverse consequences required): see that result`,
  no_dismissal: () => 'No dismissal given: the procedure check does not apply',
  procedure_ok: (p, s) =>
    `Dismissal procedure: facts, reasons and basis told, statement and defence heard, confirmed by the city bureau, decided on ${s(p.decided)}`,
  procedure_defective: (p, s) => `Dismissal procedure is defective (art. 12, second paragraph): ${s(p.defects)}`,
  procedure_open: (p, s) => `Dismissal procedure: not yet known; supply ${s(p.paths)}`,
  grounds_supported: (p, s) => `Grounds of the dismissal: ${s(p.grounds)} supported by the records`,
  grounds_unsupported: (p, s) =>
    `Grounds of the dismissal: ${s(p.grounds)} not met by the records on the day of decision`,
  grounds_open: (p, s) => `Grounds of the dismissal: not yet known; supply ${s(p.paths)}`,
  grounds_none: () => 'Grounds of the dismissal: the decision cites none (see the procedure check)',
};

export const TAIYUAN_MESSAGES = deepFreeze({ zh, en } as const);

const sayZh: Say = (v) =>
  v === undefined ? '' : typeof v === 'object' ? ('zh' in v ? v.zh : v.map((x) => x.zh).join('、')) : String(v);
const sayEn: Say = (v) =>
  v === undefined ? '' : typeof v === 'object' ? ('en' in v ? v.en : v.map((x) => x.en).join(', ')) : String(v);

/** Renders a Taiyuan message code in both languages. */
export function say(code: TaiyuanMessageCode, params: MessageParams = {}): Bilingual {
  return { zh: zh[code](params, sayZh), en: en[code](params, sayEn) };
}
