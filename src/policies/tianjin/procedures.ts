// 三（一）, 四（二）and 五 as procedures on the official calendar: given the dates that
// actually happened, which step is due when, and which is late by how many working days.
import * as z from 'zod/mini';
import type { Calendar, CalendarUse } from '../../calendar/calendar.js';
import { requireIsoDate } from '../../calendar/date.js';
import { InvalidArgumentError, readArgument } from '../../calendar/errors.js';
import { type PeriodResult, withinDays, withinWorkdays } from '../../calendar/periods.js';
import { parseFacts, readInput } from '../../core/input.js';
import {
  lateness,
  outOfOrder,
  procedureOptions,
  procedureTimeline,
  type StepSpec,
  type TimelineStep,
} from '../../core/procedure.js';
import type { Bilingual, InputProblem, ProcedureSpec } from '../../core/types.js';
import { isoDate } from '../national/schema.js';
import * as p from './parameters.js';

const none = { kind: 'none' } as const;

export const recognitionSteps: StepSpec[] = [
  { id: 'application', label: { zh: '申请', en: 'Application' }, clauses: ['三（一）', '三（一）1'], duration: none },
  {
    id: 'initialReview',
    label: { zh: '区级初审及现场核实', en: 'District review and on-site verification' },
    clauses: ['三（一）2', '附件·区人社部门意见'],
    duration: { kind: 'workdays', n: p.initialReviewWorkdays },
  },
  {
    id: 'cityReview',
    label: { zh: '市级复审及现场复核', en: 'City review and on-site re-check' },
    clauses: ['三（一）3', '附件·市就业服务中心意见'],
    duration: { kind: 'workdays', n: p.cityReviewWorkdays },
  },
  {
    id: 'publicity',
    label: { zh: '公示', en: 'Publicity' },
    clauses: ['三（一）3'],
    duration: { kind: 'publicity', n: p.recognitionPublicityWorkdays },
  },
  {
    id: 'approval',
    label: { zh: '核准认定', en: 'Approval' },
    clauses: ['三（一）4', '附件·市人社部门意见'],
    duration: none,
  },
  { id: 'plaque', label: { zh: '授牌', en: 'Plaque' }, clauses: ['三（一）5'], duration: none },
];

export const evaluationSteps: StepSpec[] = [
  {
    id: 'launch',
    label: { zh: '启动（印发年度评估标准）', en: "Launch (the year's standard)" },
    clauses: ['四（二）1'],
    duration: none,
  },
  { id: 'selfAssessment', label: { zh: '自评', en: 'Self-assessment' }, clauses: ['四（二）2'], duration: none },
  {
    id: 'districtAssessment',
    label: { zh: '初评', en: 'District assessment' },
    clauses: ['四（二）3'],
    duration: none,
  },
  {
    id: 'publicity',
    label: { zh: '复核与公示', en: 'City review and publicity' },
    clauses: ['四（二）4'],
    duration: { kind: 'publicity', n: p.evaluationPublicityWorkdays },
  },
  { id: 'announcement', label: { zh: '结果公布', en: 'Announcement' }, clauses: ['四（二）5'], duration: none },
];

const supervisionSteps: StepSpec[] = [
  { id: 'spotCheck', label: { zh: '年度抽查', en: 'Yearly spot check' }, clauses: ['五（一）'], duration: none },
  {
    id: 'rectification',
    label: { zh: '整改', en: 'Rectification' },
    clauses: ['五（二）'],
    duration: { kind: 'days', n: p.rectificationDays },
  },
  {
    id: 'changeFiling',
    label: { zh: '变更备案', en: 'Filing a change' },
    clauses: ['五（三）'],
    duration: { kind: 'workdays', n: p.changeFilingWorkdays },
  },
];

export const procedures: ProcedureSpec[] = [
  { id: 'recognition', label: { zh: '认定程序', en: 'Recognition' }, steps: recognitionSteps },
  { id: 'evaluation', label: { zh: '评估程序', en: 'Evaluation' }, steps: evaluationSteps },
  { id: 'supervision', label: { zh: '监督管理', en: 'Supervision' }, steps: supervisionSteps },
];

export interface ProcedureOptions {
  /** The date pending steps are judged at; today in China by default. */
  asOf?: string;
  calendar?: Calendar;
}

export interface TimelineResult {
  steps: TimelineStep[];
  problems: InputProblem[];
  /** The calendar the dates were counted on; `provisional` when a date reached past its data. */
  calendar: CalendarUse;
}

function datesOf(steps: StepSpec[]) {
  return z.strictObject(Object.fromEntries(steps.map((s) => [s.id, z.optional(isoDate)])));
}
const recognitionDates = datesOf(recognitionSteps);
const evaluationDates = datesOf(evaluationSteps);

function run(
  steps: StepSpec[],
  schema: z.ZodMiniType<Record<string, string | undefined>>,
  dates: unknown,
  first: string,
  options: ProcedureOptions,
): TimelineResult {
  const { asOf, calendar } = procedureOptions(options);
  let read: ReturnType<typeof readInput>;
  try {
    read = readInput(dates);
  } catch {
    // Data, not a programmer's argument: an unreadable record (a throwing Proxy) is a problem.
    return {
      steps: [],
      problems: [
        {
          path: [],
          code: 'unreadable',
          severity: 'error',
          message: { zh: '无法读取日期记录', en: 'The record of dates cannot be read' },
        },
      ],
      calendar: calendar.use([]),
    };
  }
  const parsed = parseFacts(schema, read.value);
  const problems = [...read.problems, ...parsed.problems];
  const facts = parsed.facts ?? {};
  const start = facts[first];
  if (start === undefined) {
    problems.push({
      path: [first],
      code: 'missing',
      severity: 'error',
      message: { zh: `缺少起始日期 ${first}`, en: `The starting date ${first} is missing` },
    });
    return { steps: [], problems, calendar: calendar.use([]) };
  }
  for (const problem of outOfOrder(steps, facts)) problems.push(problem);
  return { ...procedureTimeline(steps, start, facts, { asOf, calendar }), problems };
}

/**
 * The recognition procedure of 三（一） from the dates that happened: `application`,
 * `initialReview`, `cityReview`, `publicity` (its first day), `approval`, `plaque`.
 * @example
 * recognitionTimeline({ application: '2026-09-28', initialReview: '2026-10-14' }, { asOf: '2026-10-20' })
 *   .steps[1]; // { due: '2026-10-13', status: 'late', lateByWorkdays: 1, … }
 */
export function recognitionTimeline(dates: unknown, options: ProcedureOptions = {}): TimelineResult {
  return run(recognitionSteps, recognitionDates, dates, 'application', options);
}

/** The evaluation procedure of 四（二）: `launch`, `selfAssessment`, `districtAssessment`, `publicity`, `announcement`. */
export function evaluationTimeline(dates: unknown, options: ProcedureOptions = {}): TimelineResult {
  return run(evaluationSteps, evaluationDates, dates, 'launch', options);
}

export interface DeadlineCheck {
  due: string;
  done: string | null;
  status: 'on_time' | 'late' | 'pending' | 'overdue';
  /** Working days late, counted to the first working day on or after the date (at least 1). */
  lateByWorkdays?: number;
  /** Calendar days late (at least 1). */
  lateByDays?: number;
  period: PeriodResult;
  /** The calendar counted on; `provisional` when the period or the lateness reached past its data. */
  calendar: CalendarUse;
  /** What the text attaches to the outcome (a failed rectification withdraws recognition). */
  consequence?: Bilingual;
}

/** An optional date that, when given, is real and not before `after` (time runs forward). */
function laterDate(value: unknown, name: string, after: string, afterName: string): string | undefined {
  if (value === undefined) return undefined;
  requireIsoDate(value, name);
  if ((value as string) < after) throw new InvalidArgumentError(name, `on or after ${afterName} (${after})`, value);
  return value as string;
}

function deadline(
  period: PeriodResult,
  done: string | undefined,
  { asOf, calendar: cal }: { asOf: string; calendar: Calendar },
): DeadlineCheck {
  const base = { due: period.last, done: done ?? null, period };
  const spans: [string, string][] = [[period.start, period.last]];
  let check: Omit<DeadlineCheck, 'calendar'>;
  if (done !== undefined) {
    check =
      done <= period.last
        ? { ...base, status: 'on_time' }
        : { ...base, status: 'late', ...lateness(cal, period.last, done) };
  } else {
    check =
      asOf > period.last
        ? { ...base, status: 'overdue', ...lateness(cal, period.last, asOf) }
        : { ...base, status: 'pending' };
  }
  if (check.lateByWorkdays !== undefined) spans.push([period.last, done ?? asOf]);
  return { ...check, calendar: cal.use(spans) };
}

/**
 * 五（三）: a change of premises or lead person is filed "于10个工作日内". `filedOn` is
 * left out (undefined) while not yet filed; a blank or impossible date is refused.
 * @throws InvalidArgumentError naming a bad argument; CalendarRangeError past the calendar's data.
 */
export function changeFiling(changedOn: string, filedOn?: string, options: ProcedureOptions = {}): DeadlineCheck {
  requireIsoDate(changedOn, 'changedOn');
  const filed = laterDate(filedOn, 'filedOn', changedOn, 'changedOn');
  const opts = procedureOptions(options);
  return deadline(withinWorkdays(changedOn, p.changeFilingWorkdays.value, opts), filed, opts);
}

/**
 * 五（二）: rectification within 30 days of the order; a failed rectification withdraws
 * the studio's recognition ("对整改不合格的，市人社行政部门取消其工作室资格").
 */
export function rectification(
  orderedOn: string,
  outcome: { rectifiedOn?: string; passed?: boolean } = {},
  options: ProcedureOptions = {},
): DeadlineCheck {
  requireIsoDate(orderedOn, 'orderedOn');
  if (outcome === null || typeof outcome !== 'object') throw new InvalidArgumentError('outcome', 'an object', outcome);
  const rectifiedOn = laterDate(
    readArgument(() => outcome.rectifiedOn, 'outcome.rectifiedOn'),
    'outcome.rectifiedOn',
    orderedOn,
    'orderedOn',
  );
  const passed = readArgument(() => outcome.passed, 'outcome.passed');
  if (passed !== undefined && typeof passed !== 'boolean') {
    throw new InvalidArgumentError('outcome.passed', 'true, false or undefined', passed);
  }
  const opts = procedureOptions(options);
  const check = deadline(withinDays(orderedOn, p.rectificationDays.value, opts), rectifiedOn, opts);
  return passed === false
    ? {
        ...check,
        consequence: {
          zh: '整改不合格，取消工作室资格（五（二））',
          en: 'Rectification failed: recognition withdrawn (五（二））',
        },
      }
    : check;
}

/** One year of 五（一）'s spot checks. */
export interface SpotCheckYear {
  year: number;
  /** Distinct days checked inside `[from, to]` that year. */
  checks: number;
  /** met: the minimum reached; missed: a year over without it; pending: the year has not ended at `asOf`. */
  status: 'met' | 'missed' | 'pending';
  clauses: string[];
}

/**
 * 五（一）"每年对每家工作室至少抽查1次": each year of `[from, to]` with its checks. A year
 * that has not ended at `asOf` (today in China by default) and lacks its check is
 * pending, not missed. Checks on the same day count once.
 * @throws InvalidArgumentError for a check, `from`, `to` or `asOf` that is not a real date, or `to` before `from`.
 */
export function spotCheckYears(
  checks: readonly string[],
  from: string,
  to: string,
  options: { asOf?: string } = {},
): SpotCheckYear[] {
  if (!Array.isArray(checks)) throw new InvalidArgumentError('checks', 'an array of YYYY-MM-DD dates', checks);
  requireIsoDate(from, 'from');
  requireIsoDate(to, 'to');
  if (to < from) throw new InvalidArgumentError('to', `a date on or after from (${from})`, to);
  const { asOf } = procedureOptions(options);
  const perYear = new Map<number, Set<string>>();
  const length = readArgument(() => checks.length, 'checks');
  for (let i = 0; i < length; i++) {
    const c = readArgument(() => checks[i], `checks[${i}]`);
    requireIsoDate(c, `checks[${i}]`);
    if ((c as string) < from || (c as string) > to) continue;
    const y = Number((c as string).slice(0, 4));
    const days = perYear.get(y) ?? new Set<string>();
    days.add(c as string);
    perYear.set(y, days);
  }
  const years: SpotCheckYear[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    const count = perYear.get(y)?.size ?? 0;
    const over = asOf > `${String(y).padStart(4, '0')}-12-31`;
    const status = count >= p.spotChecksPerYear.value ? 'met' : over ? 'missed' : 'pending';
    years.push({ year: y, checks: count, status, clauses: [p.spotChecksPerYear.clause] });
  }
  return years;
}

/**
 * 五（一）: the years of `[from, to]` that ended (before `asOf`, today in China by default)
 * with fewer spot checks than the text's minimum; a year not yet over is not missed
 * (see `spotCheckYears` for its status).
 * @throws InvalidArgumentError for a check, `from`, `to` or `asOf` that is not a real date, or `to` before `from`.
 */
export function yearsWithoutSpotCheck(
  checks: readonly string[],
  from: string,
  to: string,
  options: { asOf?: string } = {},
): number[] {
  return spotCheckYears(checks, from, to, options)
    .filter((y) => y.status === 'missed')
    .map((y) => y.year);
}
