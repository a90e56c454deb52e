// 第六条 as a timeline on the official calendar (its one period: 5 working days of
// publicity), the secret ballot of 第六条（三）, the funding duties of 第八、九、十三条, the
// report of major matters of 第十一条（五）, and the steps of an exit (第十一条（四）).

import type { Calendar } from '../../calendar/calendar.js';
import { isIsoDate, todayInChina } from '../../calendar/date.js';
import { type PeriodResult, withinWorkdays } from '../../calendar/periods.js';
import { readOptions } from '../../core/errors.js';
import { readInput } from '../../core/input.js';
import { type DatedProcedure, type StepSpec, timelineFromInput } from '../../core/procedure.js';
import type { Bilingual, ProcedureSpec } from '../../core/types.js';
import * as p from './parameters.js';

const none = { kind: 'none' } as const;

export const recognitionSteps: StepSpec[] = [
  { id: 'notice', label: { zh: '下发通知', en: 'Notice' }, clauses: ['第六条', '第六条（一）'], duration: none },
  {
    id: 'recommendation',
    label: { zh: '县(市、区)或高校遴选推荐', en: 'County or university recommendation' },
    clauses: ['第六条（二）'],
    duration: none,
  },
  {
    id: 'expertReview',
    label: { zh: '专家评审（无记名票决）', en: 'Expert review by secret ballot' },
    clauses: ['第六条（三）'],
    duration: none,
  },
  {
    id: 'publicity',
    label: { zh: '门户网站公示', en: 'Publicity on the bureau website' },
    clauses: ['第六条（四）'],
    duration: { kind: 'publicity', n: p.publicityWorkdays },
  },
  {
    id: 'confirmation',
    label: { zh: '公示无异议，发文确认', en: 'Confirmation after a publicity without objection' },
    clauses: ['第六条（四）'],
    duration: none,
  },
  { id: 'plaque', label: { zh: '授牌', en: 'Plaque' }, clauses: ['第六条（五）'], duration: none },
];

const fundingSteps: StepSpec[] = [
  {
    id: 'subsidy',
    label: { zh: '市财政一次性补助（文本未定金额）', en: 'One-off city subsidy (no amount in the text)' },
    clauses: ['第八条'],
    duration: none,
  },
  {
    id: 'countyMatching',
    label: { zh: '县（市、区）配套补助', en: 'County matching subsidy' },
    clauses: ['第八条'],
    duration: none,
  },
  {
    id: 'audit',
    label: { zh: '补助资金抽检或第三方审计', en: 'Spot check or third-party audit of the subsidy' },
    clauses: ['第九条', '第十三条'],
    duration: none,
  },
];

const reportingSteps: StepSpec[] = [
  {
    id: 'majorMatter',
    label: { zh: '重大事项及时报告', en: 'Prompt report of a major matter' },
    clauses: ['第十一条（五）'],
    duration: none,
  },
];

// 第十一条（二）: after recognition, the studio makes its three-year work plan.
const runningSteps: StepSpec[] = [
  {
    id: 'workPlan',
    label: {
      zh: '制定三年工作规划（方向、重点、层次、规模及保障措施）',
      en: 'A three-year work plan (direction, priorities, level, scale, supporting measures)',
    },
    clauses: ['第十一条（二）'],
    duration: none,
  },
];

const exitSteps: StepSpec[] = [
  {
    id: 'ground',
    label: { zh: '自然退出或强制退出情形', en: 'A ground of natural or forced exit' },
    clauses: ['第十一条（四）1', '第十一条（四）2'],
    duration: none,
  },
  {
    id: 'deregistration',
    label: { zh: '发文注（撤）销并摘牌', en: 'Deregistration (or revocation) and removal of the plaque' },
    clauses: ['第十一条（四）'],
    duration: none,
  },
];

export const procedures: ProcedureSpec[] = [
  {
    id: 'recognition',
    label: { zh: '申报评审认定程序', en: 'Recognition' },
    steps: recognitionSteps,
    date: recognitionTimeline,
    keys: [...recognitionSteps.map((s) => s.id), 'objection'],
  },
  { id: 'funding', label: { zh: '资金补助', en: 'Funding' }, steps: fundingSteps },
  { id: 'running', label: { zh: '日常运行管理', en: 'Running the studio' }, steps: runningSteps },
  { id: 'reporting', label: { zh: '重大事项报告', en: 'Reporting major matters' }, steps: reportingSteps },
  { id: 'exit', label: { zh: '退出', en: 'Exit' }, steps: exitSteps },
];

export interface ProcedureOptions {
  /** The date pending steps are judged at; today in China by default. */
  asOf?: string;
  calendar?: Calendar;
}

/**
 * 第六条 from the dates that happened: `notice`, `recommendation`, `expertReview`,
 * `publicity` (its first day), `confirmation`, `plaque`. The publicity lasts 5 working
 * days on the official calendar; a confirmation before it ends is 'premature'. Never
 * throws on bad dates: they are problems.
 * @example
 * recognitionTimeline({ notice: '2026-09-01', publicity: '2026-09-28' }, { asOf: '2026-10-12' })
 *   .steps[3].due; // '2026-10-09' (National Day skipped)
 */
export function recognitionTimeline(dates: unknown, options: ProcedureOptions = {}): DatedProcedure {
  // 第六条（四）: "公示无异议，…发文确认": an objection during the publicity stops it there.
  return timelineFromInput(recognitionSteps, dates, options, { nextClause: '第六条（四）' });
}

/** A count of the secret ballot of 第六条（三）. */
export interface BallotCount {
  /** Experts on the panel. */
  panel: number;
  for: number;
  against?: number;
  abstain?: number;
}

export interface BallotResult {
  /** Null when the count itself is impossible (more votes than experts). */
  passed: boolean | null;
  /** Votes for that the rule requires. */
  required: number | null;
  rule: p.BallotRule;
  /** 'default' for the library's majority, 'text' for the caller's. */
  provenance: 'default' | 'text';
  clauses: string[];
  message: Bilingual;
}

// Stryker disable next-line ConditionalExpression: Number.isSafeInteger is false for every non-number; the typeof narrows the type
const whole = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

/** A share 'n/d' with 0 < n ≤ d, or null. */
function parseShare(share: unknown): [number, number] | null {
  if (typeof share !== 'string' || share.length > 20) return null;
  const slash = share.indexOf('/');
  if (slash < 1) return null;
  const n = Number(share.slice(0, slash));
  const d = Number(share.slice(slash + 1));
  return whole(n) && whole(d) && n > 0 && n <= d ? [n, d] : null;
}

/**
 * The secret ballot of 第六条（三）: does a candidate carry it? The text sets no majority:
 * the default (`ballotMajority`) is more than half of the panel; pass the city's rule to
 * replace it. Never throws: an impossible count or rule gives `passed: null` and says why.
 * @example secretBallot({ panel: 7, for: 4 }).passed; // true (4 of 7 is more than half)
 */
export function secretBallot(countInput: unknown, ruleInput?: unknown): BallotResult {
  // Plain copies first: a getter or Proxy in the input cannot throw past this point.
  const count = readInput(countInput).value;
  const rule = ruleInput === undefined ? undefined : (readInput(ruleInput).value ?? {});
  const chosen = rule ?? p.ballotMajority.value;
  const r = chosen as Partial<p.BallotRule>;
  // Stryker disable next-line OptionalChaining: `chosen` is never nullish (an absent or null rule reads as {} above).
  const share = parseShare(r?.share);
  const provenance = ruleInput === undefined ? 'default' : 'text';
  const clauses = [p.ballotMajority.clause];
  const shownRule = (share ? chosen : p.ballotMajority.value) as p.BallotRule;
  const refuse = (zh: string, en: string): BallotResult => ({
    passed: null,
    required: null,
    rule: shownRule,
    provenance,
    clauses,
    message: { zh, en },
  });
  if (!share || typeof r.strict !== 'boolean' || (r.base !== 'panel' && r.base !== 'cast'))
    return refuse(
      '票决规则无效：应为 { share: "n/d", strict, base: "panel" | "cast" }',
      'Invalid ballot rule: expected { share: "n/d", strict, base: "panel" | "cast" }',
    );
  const c = (typeof count === 'object' && count !== null ? count : {}) as Partial<BallotCount>;
  const against = c.against ?? 0;
  const abstain = c.abstain ?? 0;
  if (!whole(c.panel) || c.panel === 0 || !whole(c.for) || !whole(against) || !whole(abstain))
    return refuse(
      '计票无效：panel、for、against、abstain 应为非负整数，panel 至少为1',
      'Invalid count: panel, for, against and abstain must be whole numbers, panel at least 1',
    );
  if (c.for + against + abstain > c.panel)
    return refuse(
      `计票无效：票数${c.for + against + abstain}多于专家人数${c.panel}`,
      `Invalid count: ${c.for + against + abstain} votes from ${c.panel} experts`,
    );
  const base = r.base === 'panel' ? c.panel : c.for + against + abstain;
  const [n, d] = share;
  // Whole-number arithmetic: strictly more than n/d of base, or at least it.
  const required = r.strict ? Math.floor((n * base) / d) + 1 : Math.ceil((n * base) / d);
  const passed = c.for >= required && c.for > 0;
  const of = r.base === 'panel' ? { zh: '全体评审专家', en: 'the panel' } : { zh: '所投票数', en: 'the votes cast' };
  return {
    passed,
    required,
    rule: shownRule,
    provenance,
    clauses,
    message: {
      zh: `赞成${c.for}票，需${r.strict ? '超过' : '达到'}${of.zh}（${base}）的${r.share}，即至少${required}票：${passed ? '通过' : '未通过'}${provenance === 'default' ? '（文本未规定票决规则，此为本库默认）' : ''}`,
      en: `${c.for} for; ${r.strict ? 'more than' : 'at least'} ${r.share} of ${of.en} (${base}) needs ${required}: ${passed ? 'carried' : 'not carried'}${provenance === 'default' ? ' (the text sets no majority; library default)' : ''}`,
    },
  };
}

export interface MajorMatterReport {
  trigger: { kind: 'major_result' | 'mentor_change'; date: string };
  clauses: string[];
  /** "及时": the text sets no number of days; a due date only when the caller sets a deadline. */
  due: string | null;
  reportedOn: string | null;
  status: 'reported' | 'owed' | 'late' | 'overdue' | 'invalid';
  period?: PeriodResult;
  message: Bilingual;
}

/**
 * 第十一条（五）: a major result or a major change of mentors must be reported to the city
 * bureau "及时" (promptly). The text sets no deadline: without `withinWorkdays` the duty
 * is only 'owed' or 'reported'; with it (the caller's own standard) it is dated.
 */
export function majorMatterReport(
  trigger: { kind: 'major_result' | 'mentor_change'; date: string },
  reportedOn?: string,
  rawOptions?: ProcedureOptions & { withinWorkdays?: number },
): MajorMatterReport {
  const options = readOptions<ProcedureOptions & { withinWorkdays?: number }>(rawOptions, [
    'asOf',
    'calendar',
    'withinWorkdays',
  ]);
  const clauses = ['第十一条（五）'];
  const read = readInput(trigger).value as MajorMatterReport['trigger'] | null | undefined;
  const base = { trigger: read ?? trigger, clauses, reportedOn: reportedOn ?? null };
  // Stryker disable next-line ConditionalExpression: typeof undefined is not 'object' either; the first test narrows the type
  if (read === undefined || typeof read !== 'object' || read === null)
    return { ...base, due: null, status: 'invalid', message: { zh: '触发事项无效', en: 'Invalid trigger' } };
  const asOfGiven = options.asOf;
  if (
    !isIsoDate(read.date) ||
    (reportedOn !== undefined && !isIsoDate(reportedOn)) ||
    (asOfGiven !== undefined && !isIsoDate(asOfGiven))
  )
    return { ...base, due: null, status: 'invalid', message: { zh: '日期无效', en: 'Invalid date' } };
  if (reportedOn !== undefined && reportedOn < read.date)
    return {
      ...base,
      due: null,
      status: 'invalid',
      message: {
        zh: `报告日期${reportedOn}早于事项发生日期${read.date}`,
        en: `The report (${reportedOn}) is dated before the matter (${read.date})`,
      },
    };
  const n = options.withinWorkdays;
  // Stryker disable next-line ConditionalExpression: Number.isSafeInteger(undefined) is false too; the first test narrows the type
  if (n === undefined || !Number.isSafeInteger(n) || n < 0)
    return {
      ...base,
      due: null,
      status: reportedOn !== undefined ? 'reported' : 'owed',
      message: reportedOn
        ? { zh: `已于${reportedOn}报告`, en: `Reported on ${reportedOn}` }
        : {
            zh: '应及时向市人力资源和社会保障局报告（文本未规定期限）',
            en: 'To be reported promptly to the city bureau (the text sets no deadline)',
          },
    };
  let period: PeriodResult;
  try {
    period = withinWorkdays(read.date, n, options);
  } catch (error) {
    return { ...base, due: null, status: 'invalid', message: { zh: String(error), en: String(error) } };
  }
  // Not yet reported: judged at the caller's date, today in China by default (ProcedureOptions).
  const asOf = options.asOf ?? todayInChina();
  const status =
    reportedOn !== undefined
      ? reportedOn <= period.last
        ? 'reported'
        : 'late'
      : asOf > period.last
        ? 'overdue'
        : 'owed';
  return {
    ...base,
    due: period.last,
    status,
    period,
    message: {
      zh: `按调用方设定的${n}个工作日期限，应于${period.last}前报告`,
      en: `By the caller's deadline of ${n} working days: report by ${period.last}`,
    },
  };
}
