// An expert over time: terms of appointment (第三条, 第十一条), the grounds for dismissal
// read from dated records (第十二条（一）–（六）), and whether a dismissal followed the
// procedure of 第十二条's second paragraph. Pure functions over parsed facts; the rules in
// expert.ts and the matching in matching.ts read them.
import { busiestWindow, termLastDay } from '../../calendar/periods.js';

const LAST_DATE = '9999-12-31';

import { deepFreeze } from '../../core/freeze.js';
import type { Bilingual, Outcome, RuleContext } from '../../core/types.js';
import { say } from './messages.js';
import type { RecordScope, RefusalWindow, TermReading } from './parameters.js';
import * as p from './parameters.js';
import type { Dismissal, DismissalRecord, Expert, GroundId } from './schema.js';

/**
 * The readings of the open words as options of `checkExpert` and `matchExperts`: the
 * names of 0.x, kept as aliases of `readings` for one minor version (each is mapped onto
 * its parameter id, see index.ts). @deprecated pass `readings` instead.
 */
export interface ReadingOptions {
  /** @deprecated `readings: { 'dismissal.refusals.window': … }` */
  refusalWindow?: RefusalWindow;
  /** @deprecated `readings: { 'dismissal.scope': … }` */
  recordScope?: RecordScope;
  /** @deprecated `readings: { 'term.reading': … }` */
  termReading?: TermReading;
}

/** This check's value of a parameter (the context's `param`). */
export type Lookup = RuleContext['param'];

/** A term of appointment, resolved: its number (1 for the first), first and last day. */
export interface Term {
  number: number;
  index: number;
  from: string;
  /** The last day as the measures count it (第三条, 第十一条: three years). */
  to: string;
  /** The end date the letter of appointment states, where it states one. */
  letterEnds?: string;
  /** True when the letter states an end other than the measures' (reported, not counted). */
  mismatch: boolean;
}

/**
 * Every term, in date order, with its last day as the measures set it ("每届聘期为三年",
 * kind D under this check's reading). A letter stating another end is shown beside it:
 * the measures fix the length, a letter does not change it.
 */
export function termsOf(expert: Pick<Expert, 'terms'>, param: Lookup): Term[] {
  const reading = param(p.termReading).value;
  const years = param(p.termYears).value;
  return (expert.terms ?? [])
    .map((t, index) => {
      const last = termLastDay(t.appointed, years, reading);
      // A term ending after 9999-12-31 (null) covers every date from its start: compared as
      // ending on the last one, and no letter's date is its end.
      const to = last ?? LAST_DATE;
      return {
        index,
        from: t.appointed,
        to,
        ...(t.ends !== undefined ? { letterEnds: t.ends } : {}),
        mismatch: t.ends !== undefined && t.ends !== last,
      };
    })
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.index - b.index))
    .map((t, i) => ({ number: i + 1, ...t }));
}

/** The term covering a date, if any (the latest-starting one where terms overlap). */
export function termAt(terms: readonly Term[], date: string): Term | undefined {
  let found: Term | undefined;
  for (const t of terms) if (t.from <= date && date <= t.to) found = t;
  return found;
}

/** A dismissal decided on or before a date. */
export function dismissedOn(expert: Pick<Expert, 'dismissal'>, date: string): string | undefined {
  const decided = expert.dismissal?.decided;
  // Stryker disable next-line ConditionalExpression: `undefined <= date` is false, so the guard (for the type) decides nothing
  return decided !== undefined && decided <= date ? decided : undefined;
}

export const GROUND_LABELS: Record<GroundId, Bilingual> = deepFreeze({
  一: { zh: '第十二条（一）本人主动提出不再担任专家', en: 'Art. 12(1): the expert asks to stand down' },
  二: {
    zh: '第十二条（二）服务态度恶劣，经服务对象累计3次及以上反馈不满意',
    en: "Art. 12(2): a poor service attitude, with recipients' dissatisfied feedback about it 3 or more times in total",
  },
  三: {
    zh: '第十二条（三）无正当理由一年内累计3次及以上不履职或拒绝工作安排',
    en: 'Art. 12(3): duties unperformed or assignments refused without good reason 3+ times within one year',
  },
  四: { zh: '第十二条（四）利用专家身份谋取私利或不正当利益', en: 'Art. 12(4): using the role for personal gain' },
  五: {
    zh: '第十二条（五）泄露服务对象商业秘密，造成不良后果',
    en: "Art. 12(5): leaking a client's business secret with adverse consequences",
  },
  六: {
    zh: '第十二条（六）聘期内违法违规言论和行为或受到刑事处罚',
    en: 'Art. 12(6): unlawful speech or acts, or a criminal penalty, during the term',
  },
});

const WINDOW_LABEL: Record<RefusalWindow, Bilingual> = {
  rolling: { zh: '按任意连续12个月计（解释）', en: 'read as any rolling 12 months (interpretation)' },
  calendar_year: { zh: '按自然年计（解释）', en: 'read as a calendar year (interpretation)' },
};

interface Indexed {
  record: DismissalRecord;
  index: number;
}

/**
 * The records that count at `asOf`: none dated after it (not yet happened), and only those
 * 在聘任期内 — the current term's, or under the reading "all" those of any term (never
 * before the first appointment nor between terms).
 */
function countable(expert: Expert, terms: readonly Term[], term: Term, asOf: string, scope: RecordScope): Indexed[] {
  const out: Indexed[] = [];
  // Stryker disable next-line ArrayDeclaration: groundOutcome calls this only once records are given
  (expert.records ?? []).forEach((record, index) => {
    if (record.date > asOf) return; // time runs forward: a later record is not yet known
    const inTerm =
      scope === 'term'
        ? record.date >= term.from && record.date <= term.to
        : terms.some((t) => record.date >= t.from && record.date <= t.to);
    if (inTerm) out.push({ record, index });
  });
  return out;
}

/** How many records are dated after `asOf`: they have not happened yet on that day. */
function laterCount(expert: Expert, asOf: string): number {
  return (expert.records ?? []).filter((r) => r.date > asOf).length;
}

const severity = (v: boolean | undefined) => (v === true ? 0 : v === undefined ? 1 : 2);

/**
 * A record's facts in a fixed order, whatever order the caller wrote its keys in; the
 * finding that makes it count (no good reason, adverse consequences) sorts first.
 */
const canonical = (r: DismissalRecord) =>
  JSON.stringify([
    severity(r.withoutGoodReason),
    severity(r.adverseConsequences),
    r.kind,
    r.id?.trim(),
    r.date,
    r.from?.trim(),
    r.note?.trim(),
  ]);

/**
 * Distinct records of each kind and date: by id where given, else by recipient and note.
 * Where two records share a key but differ, the one whose finding counts is kept (then
 * the first in canonical order): the order of the list never changes a result, and
 * adding a record never removes a ground.
 */
function distinct(records: Indexed[]): Indexed[] {
  const seen = new Set<string>();
  const sorted = records
    .map((x) => ({ x, c: canonical(x.record) }))
    .sort((a, b) => (a.c < b.c ? -1 : a.c > b.c ? 1 : 0));
  return sorted
    .filter(({ x: { record: r } }) => {
      // Keys of different lengths: a record with an id never merges with one without.
      const key =
        r.id !== undefined && r.id.trim() !== ''
          ? JSON.stringify([r.kind, r.date, r.id.trim()])
          : JSON.stringify([r.kind, r.date, r.from?.trim(), r.note?.trim()]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ x }) => x);
}

/** The most records inside one window under the chosen reading of "一年内". */
function mostInAYear(
  dates: string[],
  window: RefusalWindow,
): { count: number; from: string | null; to: string | null } {
  if (window === 'rolling') return busiestWindow(dates);
  const byYear = new Map<string, number>();
  for (const d of dates) byYear.set(d.slice(0, 4), (byYear.get(d.slice(0, 4)) ?? 0) + 1);
  let best = { count: 0, from: null as string | null, to: null as string | null };
  for (const [year, count] of byYear)
    if (count > best.count || (count === best.count && best.from !== null && `${year}-01-01` < best.from))
      best = { count, from: `${year}-01-01`, to: `${year}-12-31` };
  return best;
}

function groundAt(
  id: GroundId,
  status: 'pass' | 'fail' | 'unknown',
  given: Bilingual,
  extra: { missing?: string[]; actual?: unknown; expected?: unknown } = {},
  later = 0,
): Outcome {
  const label = GROUND_LABELS[id];
  const detail = later > 0 ? withLater(given, later) : given;
  const code = status === 'pass' ? 'ground_clear' : status === 'fail' ? 'ground_met' : 'ground_open';
  // Stryker disable next-line ArrayDeclaration: paths are shown only by ground_open, whose outcomes always carry `missing`
  const paths = (extra.missing ?? []).join(', ');
  return { status, code, message: say(code, { label, detail, paths }), ...extra };
}

/** A detail with the note that records dated after the as-of date are not counted. */
function withLater(detail: Bilingual, later: number): Bilingual {
  return {
    zh: `${detail.zh}；另有${later}条记录晚于审查日期，尚未发生，不计入`,
    en: `${detail.en}; ${later} record${later === 1 ? '' : 's'} dated after the as-of date not yet happened, not counted`,
  };
}

const times = (n: number): Bilingual => ({ zh: `${n}次`, en: `${n} time${n === 1 ? '' : 's'}` });
const NONE: Bilingual = { zh: '无记录', en: 'none recorded' };

/**
 * Whether a ground of 第十二条 is met at `asOf`: 'fail' means the ground is met (the
 * appointment should not continue), 'pass' that it is not. Undefined when the expert
 * is in no term at `asOf` (there is no appointment to end).
 */
export function groundOutcome(expert: Expert, id: GroundId, asOf: string, param: Lookup): Outcome | undefined {
  const terms = termsOf(expert, param);
  const term = termAt(terms, asOf);
  if (!term) return undefined;
  if (expert.records === undefined)
    return groundAt(id, 'unknown', { zh: '缺少记录', en: 'no records given' }, { missing: ['records'] });
  const scope = param(p.recordScope).value;
  const records = distinct(countable(expert, terms, term, asOf, scope));
  const later = laterCount(expert, asOf);
  const ground = (
    g: GroundId,
    status: 'pass' | 'fail' | 'unknown',
    detail: Bilingual,
    extra: { missing?: string[]; actual?: unknown; expected?: unknown } = {},
  ) => groundAt(g, status, detail, extra, later);
  const ofKind = (...kinds: DismissalRecord['kind'][]) => records.filter((x) => kinds.includes(x.record.kind));
  const firstDate = (list: Indexed[]): Bilingual => {
    const dates = list.map((x) => x.record.date).sort();
    return dates.length === 0 ? NONE : { zh: dates.join('、'), en: dates.join(', ') };
  };

  switch (id) {
    case '一':
    case '四': {
      const found = ofKind(id === '一' ? 'resignation_request' : 'personal_gain');
      return ground(id, found.length > 0 ? 'fail' : 'pass', firstDate(found), { actual: found.length });
    }
    case '六': {
      const found = ofKind('unlawful_conduct', 'criminal_penalty');
      return ground(id, found.length > 0 ? 'fail' : 'pass', firstDate(found), { actual: found.length });
    }
    case '二': {
      // 服务态度恶劣 is an element of the ground: only feedback about the expert's attitude counts.
      const all = ofKind('dissatisfied_feedback');
      const sure = all.filter((x) => x.record.aboutAttitude === true).length;
      const maybe = all.filter((x) => x.record.aboutAttitude === undefined);
      const min = param(p.dissatisfiedFeedbacks).value;
      const detail: Bilingual = {
        zh: `关于服务态度的不满意反馈${sure}次${maybe.length > 0 ? `，另有${maybe.length}次未说明是否关于服务态度` : ''}`,
        en: `${times(sure).en} about the attitude${maybe.length > 0 ? `, ${maybe.length} more not said to be about it` : ''}`,
      };
      const extra = { actual: sure, expected: { atLeast: min, about: 'attitude' } };
      if (sure >= min) return ground(id, 'fail', detail, extra);
      if (sure + maybe.length < min) return ground(id, 'pass', detail, extra);
      const missing = maybe.map((x) => x.index).sort((a, b) => a - b);
      return ground(id, 'unknown', detail, { ...extra, missing: missing.map((i) => `records.${i}.aboutAttitude`) });
    }
    case '三': {
      const window = param(p.refusalWindow).value;
      const all = ofKind('duty_refusal');
      const sure = all.filter((x) => x.record.withoutGoodReason === true);
      const maybe = all.filter((x) => x.record.withoutGoodReason === undefined);
      const min = param(p.refusals).value;
      const known = mostInAYear(
        sure.map((x) => x.record.date),
        window,
      );
      const reach = mostInAYear(
        [...sure, ...maybe].map((x) => x.record.date),
        window,
      );
      const span = known.from ? `${known.from}…${known.to}` : '';
      const detail: Bilingual = {
        zh: `${WINDOW_LABEL[window].zh}：最多${known.count}次${span ? `（${span}）` : ''}`,
        en: `${WINDOW_LABEL[window].en}: at most ${known.count} ${span ? `(${span})` : ''}`.trim(),
      };
      const actual = { count: known.count, window, from: known.from, to: known.to };
      if (known.count >= min) return ground(id, 'fail', detail, { actual, expected: { atLeast: min } });
      if (reach.count < min) return ground(id, 'pass', detail, { actual, expected: { atLeast: min } });
      return ground(id, 'unknown', detail, {
        actual,
        missing: maybe.map((x) => `records.${x.index}.withoutGoodReason`),
      });
    }
    case '五': {
      const leaks = ofKind('secret_leak');
      const harmful = leaks.filter((x) => x.record.adverseConsequences === true);
      if (harmful.length > 0) return ground(id, 'fail', firstDate(harmful), { actual: harmful.length });
      const open = leaks.filter((x) => x.record.adverseConsequences === undefined);
      if (open.length > 0)
        return ground(id, 'unknown', firstDate(open), {
          missing: open.map((x) => `records.${x.index}.adverseConsequences`),
        });
      return ground(id, 'pass', firstDate(leaks), { actual: 0 });
    }
  }
}

/**
 * The duty of confidentiality (第四条): owed from the first appointment, and not released
 * when a term ends. The text attaches no consequence of its own to a breach: a recorded
 * leak is reported here, and dismissal follows 第十二条（五） alone (造成不良后果), so this
 * result never moves the verdict (not_applicable once a leak is recorded).
 */
export function confidentialityOutcome(expert: Expert, asOf: string, param: Lookup): Outcome | undefined {
  const first = termsOf(expert, param)[0];
  if (!first || first.from > asOf) return undefined;
  const leaks = (expert.records ?? [])
    .filter((r) => r.kind === 'secret_leak' && r.date >= first.from && r.date <= asOf)
    .map((r) => r.date)
    .sort();
  if (leaks.length > 0)
    return {
      status: 'not_applicable',
      code: 'duty_breached',
      message: say('duty_breached', { date: { zh: leaks.join('、'), en: leaks.join(', ') } }),
      actual: leaks,
    };
  return {
    status: 'pass',
    code: expert.records === undefined ? 'duty_owed' : 'duty_kept',
    message: say(expert.records === undefined ? 'duty_owed' : 'duty_kept', { since: first.from }),
    expected: { from: first.from, to: 'indefinite' },
  };
}

export type ProcedureDefect =
  | 'no_ground'
  | 'no_notice'
  | 'notice_lacks_facts'
  | 'notice_lacks_reasons'
  | 'notice_lacks_basis'
  | 'notice_after_decision'
  | 'no_hearing'
  | 'hearing_before_notice'
  | 'hearing_after_decision'
  | 'not_confirmed'
  | 'confirmed_by_other'
  | 'confirmed_after_decision';

export const DEFECT_LABELS: Record<ProcedureDefect, Bilingual> = deepFreeze({
  no_ground: { zh: '未载明第十二条所列解聘情形', en: 'no ground of art. 12 stated' },
  no_notice: { zh: '未告知相关事实、理由和依据', en: 'the expert was not told the facts, reasons and basis' },
  notice_lacks_facts: { zh: '未告知相关事实', en: 'the facts were not told' },
  notice_lacks_reasons: { zh: '未告知理由', en: 'the reasons were not told' },
  notice_lacks_basis: { zh: '未告知依据', en: 'the basis was not told' },
  notice_after_decision: { zh: '告知晚于解聘决定', en: 'the notice came after the decision' },
  no_hearing: { zh: '未听取陈述和申辩', en: 'the expert was not heard' },
  hearing_before_notice: { zh: '听取申辩早于告知', en: 'the hearing came before the notice' },
  hearing_after_decision: { zh: '听取申辩晚于解聘决定', en: 'the hearing came after the decision' },
  not_confirmed: { zh: '未经市人社部门确认', en: 'not confirmed by the city bureau' },
  confirmed_by_other: { zh: '确认机关不是市人社部门', en: 'confirmed by a body other than the city bureau' },
  confirmed_after_decision: { zh: '确认晚于解聘决定', en: 'the confirmation came after the decision' },
});

/**
 * Whether a dismissal followed 第十二条: a stated ground, the bureau's confirmation, and
 * before the decision the notice of facts, reasons and basis and a hearing. A step not
 * in the record did not happen (a defect); a field of a recorded step left out is unknown.
 */
export function procedureOutcome(d: Dismissal): Outcome {
  const defects: ProcedureDefect[] = [];
  const missing: string[] = [];
  const need = <T>(value: T | undefined, path: string): T | undefined => {
    if (value === undefined) missing.push(path);
    return value;
  };
  const decided = need(d.decided, 'dismissal.decided');
  const after = (date: string | undefined, defect: ProcedureDefect) => {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: the guards are for the type checker; a string compared with undefined is false, so `date > decided` alone decides
    if (date !== undefined && decided !== undefined && date > decided) defects.push(defect);
  };

  if (d.grounds !== undefined && d.grounds.length === 0) defects.push('no_ground');
  else need(d.grounds, 'dismissal.grounds');

  const n = d.notice;
  if (n === undefined) defects.push('no_notice');
  else {
    const told = (v: boolean | undefined, path: string, defect: ProcedureDefect) => {
      if (need(v, path) === false) defects.push(defect);
    };
    told(n.facts, 'dismissal.notice.facts', 'notice_lacks_facts');
    told(n.reasons, 'dismissal.notice.reasons', 'notice_lacks_reasons');
    told(n.basis, 'dismissal.notice.basis', 'notice_lacks_basis');
    after(need(n.date, 'dismissal.notice.date'), 'notice_after_decision');
  }

  const h = d.hearing;
  if (h === undefined) defects.push('no_hearing');
  else {
    need(h.outcome, 'dismissal.hearing.outcome');
    const date = need(h.date, 'dismissal.hearing.date');
    after(date, 'hearing_after_decision');
    // Stryker disable next-line ConditionalExpression: as above, `date < n.date` is false whenever either date is undefined
    if (date !== undefined && n?.date !== undefined && date < n.date) defects.push('hearing_before_notice');
  }

  const c = d.confirmation;
  if (c === undefined) defects.push('not_confirmed');
  else {
    if (need(c.by, 'dismissal.confirmation.by') === 'other') defects.push('confirmed_by_other');
    after(need(c.date, 'dismissal.confirmation.date'), 'confirmed_after_decision');
  }

  if (defects.length > 0) {
    const labels = defects.map((x) => DEFECT_LABELS[x]);
    return {
      status: 'fail',
      code: 'procedure_defective',
      message: say('procedure_defective', { defects: labels }),
      actual: { defects },
    };
  }
  if (missing.length > 0)
    return {
      status: 'unknown',
      code: 'procedure_open',
      message: say('procedure_open', { paths: missing.join(', ') }),
      missing,
    };
  return { status: 'pass', code: 'procedure_ok', message: say('procedure_ok', { decided: decided as string }) };
}

/** Whether each ground the decision cites was met by the records on the day of decision. */
export function groundsSupportedOutcome(expert: Expert, param: Lookup): Outcome | undefined {
  const d = expert.dismissal;
  if (d === undefined) return undefined;
  if (d.grounds !== undefined && d.grounds.length === 0)
    return { status: 'not_applicable', code: 'grounds_none', message: say('grounds_none') };
  const missing = [
    ...(d.grounds === undefined ? ['dismissal.grounds'] : []),
    ...(d.decided === undefined ? ['dismissal.decided'] : []),
  ];
  if (d.grounds === undefined || d.decided === undefined)
    return {
      status: 'unknown',
      code: 'grounds_open',
      message: say('grounds_open', { paths: missing.join(', ') }),
      missing,
    };
  const cited = [...new Set(d.grounds)].sort();
  const outcomes = cited.map((g) => ({ g, o: groundOutcome(expert, g, d.decided as string, param) }));
  const labels = (list: typeof outcomes) => list.map((x) => GROUND_LABELS[x.g]);
  const unmet = outcomes.filter((x) => x.o === undefined || x.o.status === 'pass');
  if (unmet.length > 0)
    return {
      status: 'fail',
      code: 'grounds_unsupported',
      message: say('grounds_unsupported', { grounds: labels(unmet) }),
      actual: unmet.map((x) => x.g),
    };
  // Stryker disable next-line OptionalChaining: an undefined outcome (no term) was returned as unmet just above
  const open = outcomes.filter((x) => x.o?.status === 'unknown');
  if (open.length > 0) {
    // Stryker disable next-line OptionalChaining,ArrayDeclaration: every open outcome is defined and carries `missing`
    const missing = open.flatMap((x) => x.o?.missing ?? []);
    return {
      status: 'unknown',
      code: 'grounds_open',
      message: say('grounds_open', { paths: missing.join(', ') }),
      missing,
    };
  }
  return {
    status: 'pass',
    code: 'grounds_supported',
    message: say('grounds_supported', { grounds: labels(outcomes) }),
  };
}
