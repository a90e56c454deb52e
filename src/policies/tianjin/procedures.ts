// 三（一）, 四（二）and 五 as procedures on the official calendar: given the dates that
// actually happened, which step is due when, and which is late by how many working days.
import * as z from 'zod/mini';
import { type Calendar, CalendarRangeError, type CalendarUse } from '../../calendar/calendar.js';
import { isIsoDate, requireIsoDate } from '../../calendar/date.js';
import { InvalidArgumentError, readArgument } from '../../calendar/errors.js';
import { type PeriodResult, withinDays, withinWorkdays } from '../../calendar/periods.js';
import { parseFacts, readInput } from '../../core/input.js';
import { render } from '../../core/messages.js';
import {
  type DatedProcedure,
  lateness,
  procedureOptions,
  type StepSpec,
  type TimelineStep,
  timelineFromInput,
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

/** The keys of a record of supervision: each deadline's own event and when it was met. */
const SUPERVISION_KEYS = ['recognizedOn', 'spotChecks', 'orderedOn', 'rectifiedOn', 'changedOn', 'filedOn'] as const;

// The recognition and evaluation records carry an objection beside their step dates.
const withObjection = (steps: StepSpec[]) => [...steps.map((s) => s.id), 'objection'];

export const procedures: ProcedureSpec[] = [
  {
    id: 'recognition',
    label: { zh: '认定程序', en: 'Recognition' },
    steps: recognitionSteps,
    date: recognitionTimeline,
    keys: withObjection(recognitionSteps),
    reads: ['earlierRecognitions'],
  },
  {
    id: 'evaluation',
    label: { zh: '评估程序', en: 'Evaluation' },
    steps: evaluationSteps,
    date: evaluationTimeline,
    keys: withObjection(evaluationSteps),
    reads: ['grade'],
  },
  {
    id: 'supervision',
    label: { zh: '监督管理', en: 'Supervision' },
    steps: supervisionSteps,
    date: supervisionTimeline,
    keys: SUPERVISION_KEYS,
  },
];

export interface ProcedureOptions {
  /** The date pending steps are judged at; today in China by default. */
  asOf?: string;
  calendar?: Calendar;
}

/** A Tianjin procedure dated from its record: its steps, problems, calendar and outcome. */
export type TimelineResult = DatedProcedure;

/**
 * The recognition procedure of 三（一） from the dates that happened: `application`,
 * `initialReview`, `cityReview`, `publicity` (its first day), `approval`, `plaque`.
 * @example
 * recognitionTimeline({ application: '2026-09-28', initialReview: '2026-10-14' }, { asOf: '2026-10-20' })
 *   .steps[1]; // { due: '2026-10-13', status: 'late', lateByWorkdays: 1, … }
 */
export function recognitionTimeline(
  dates: unknown,
  options: ProcedureOptions & { earlierRecognitions?: readonly string[] } = {},
): TimelineResult {
  const earlier = readArgument(() => options?.earlierRecognitions, 'options.earlierRecognitions');
  const result = timelineFromInput(recognitionSteps, dates, options, { nextClause: '三（一）4' });
  if (earlier === undefined || result.outcome) return result;
  if (!Array.isArray(earlier))
    throw new InvalidArgumentError('options.earlierRecognitions', 'an array of YYYY-MM-DD dates', earlier);
  // The year of this recognition: its approval, or while not approved, its application,
  // made or planned (a day after asOf): a second one in a year is refused before it is made.
  const approvalStep = result.steps.find((s) => s.id === 'approval');
  const first = result.steps[0];
  const own = approvalStep?.done ?? approvalStep?.planned ?? first?.done ?? first?.planned ?? null;
  if (own === null) return result;
  const { asOf } = procedureOptions(options);
  const notYet: InputProblem[] = [];
  let sameYear: string | null = null;
  for (let i = 0; i < earlier.length; i++) {
    const d = readArgument(() => earlier[i], `options.earlierRecognitions[${i}]`);
    requireIsoDate(d, `options.earlierRecognitions[${i}]`);
    // A recognition dated after asOf has not been made on asOf (a fact dated after asOf does not exist yet).
    if ((d as string) > asOf) notYet.push(recognitionNotYetMade(d as string, asOf, i));
    // The same day is the same round; an earlier day of the same year was that year's round (the earliest is named).
    else if (
      (d as string).slice(0, 4) === own.slice(0, 4) &&
      (d as string) < own &&
      (sameYear === null || d < sameYear)
    )
      sameYear = d;
  }
  const problems = [...result.problems, ...notYet];
  if (sameYear === null) return { ...result, problems };
  const year = own.slice(0, 4);
  return {
    ...result,
    problems,
    outcome: {
      status: 'refused',
      clauses: [p.recognitionsPerYear.clause],
      reason: {
        zh: `工作室每年认定一次：${year}年已于${sameYear}认定，同年不再认定`,
        en: `Studios are recognised once a year: ${year} already had its recognition on ${sameYear}; no second one that year`,
      },
      next: {
        zh: `可于${Number(year) + 1}年的认定中申报`,
        en: `Apply in the ${Number(year) + 1} recognition`,
      },
    },
  };
}

function recognitionNotYetMade(recognition: string, asOf: string, index: number): InputProblem {
  return {
    path: ['earlierRecognitions', index],
    code: 'recognition_after_as_of',
    severity: 'warning',
    message: {
      zh: `此前认定日期${recognition}晚于检查日期${asOf}，截至检查日期尚未认定，未计入`,
      en: `The earlier recognition of ${recognition} is after the as-of date ${asOf}: not yet made on that date, not counted`,
    },
  };
}

const GRADE_ORDER: readonly string[] = ['fail', 'pass', 'good', 'excellent'];

/**
 * The evaluation procedure of 四（二）: `launch`, `selfAssessment`, `districtAssessment`,
 * `publicity`, `announcement`. With the `grade` proposed (四（二）4): "对合格以上等次的…进行公示"
 * limits the publicity to 合格 and above; the announcement is of every result (四（二）
 * "评估结果分为优秀、良好、合格和不合格四个等次，并向社会公布"). A 不合格 has no publicity,
 * is announced all the same, and its recognition is withdrawn (四（二）5).
 */
export function evaluationTimeline(
  dates: unknown,
  options: ProcedureOptions & { grade?: 'excellent' | 'good' | 'pass' | 'fail' } = {},
): TimelineResult {
  const grade = readArgument(() => options?.grade, 'options.grade');
  if (grade !== undefined && !['excellent', 'good', 'pass', 'fail'].includes(grade as string))
    throw new InvalidArgumentError('options.grade', "'excellent', 'good', 'pass' or 'fail'", grade);
  // 合格以上 (publishedFromGrade) includes 合格: only 不合格 goes without publicity.
  if (grade === undefined || GRADE_ORDER.indexOf(grade) >= GRADE_ORDER.indexOf(p.publishedFromGrade.value))
    return timelineFromInput(evaluationSteps, dates, options, { nextClause: '四（二）5' });
  // Without publicity the announcement follows the city's review; a recorded publicity is a warning.
  const read = readInput(dates);
  const record = read.value;
  const published =
    record !== null && typeof record === 'object' && !Array.isArray(record) && Object.hasOwn(record, 'publicity')
      ? (record as Record<string, unknown>).publicity
      : undefined;
  const rest =
    published === undefined
      ? record
      : Object.fromEntries(Object.entries(record as Record<string, unknown>).filter(([k]) => k !== 'publicity'));
  const steps = evaluationSteps.filter((s) => s.id !== 'publicity');
  const result = timelineFromInput(steps, rest, options);
  const problems = [...read.problems, ...result.problems];
  if (published !== undefined && !isIsoDate(published))
    problems.push({ path: ['publicity'], code: 'invalid_date', severity: 'error', message: render('invalid_date') });
  else if (published !== undefined)
    problems.push({
      path: ['publicity'],
      code: 'no_publicity_for_fail',
      severity: 'warning',
      message: {
        zh: `不合格等次不公示（四（二）4），但记录了publicity（${String(published)}）`,
        en: `A 不合格 grade is not published (四（二）4), yet publicity is recorded (${String(published)})`,
      },
    });
  return {
    ...result,
    problems,
    outcome: {
      status: 'no_publicity',
      clauses: ['四（二）4', '四（二）5'],
      reason: {
        zh: '评估等次为不合格：只对合格以上等次公示（四（二）4）；评估结果仍向社会公布（四（二））',
        en: 'Graded 不合格: only 合格 and above go to publicity (四（二）4); the result is still announced (四（二）)',
      },
      next: {
        zh: '向社会公布评估结果，取消工作室资格（四（二）5）',
        en: 'The result announced; recognition withdrawn (四（二）5)',
      },
    },
  };
}

export interface DeadlineCheck {
  due: string;
  /** The day it was met; null while not met on asOf. */
  done: string | null;
  /** A day given after asOf: not met yet on asOf (a fact dated after asOf does not exist yet). */
  planned?: string;
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
  // A fact dated after asOf does not exist yet: a day given after it is planned, not met.
  const planned = done !== undefined && done > asOf ? done : undefined;
  if (planned !== undefined) done = undefined;
  const base = { due: period.last, done: done ?? null, ...(planned === undefined ? {} : { planned }), period };
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
  // Array.isArray asks a Proxy, which a revoked one answers by throwing: read like any argument.
  if (!readArgument(() => Array.isArray(checks), 'checks'))
    throw new InvalidArgumentError('checks', 'an array of YYYY-MM-DD dates', checks);
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

const supervisionDates = z.strictObject({
  recognizedOn: z.optional(isoDate),
  spotChecks: z.optional(z.array(isoDate).check(z.maxLength(10_000))),
  orderedOn: z.optional(isoDate),
  rectifiedOn: z.optional(isoDate),
  changedOn: z.optional(isoDate),
  filedOn: z.optional(isoDate),
});

const missingEvent = (path: string, zh: string, en: string): InputProblem => ({
  path: [path],
  code: 'missing',
  severity: 'error',
  message: { zh, en },
});

/**
 * 五 as one record: its three duties are not a chain, each deadline counts from its own
 * event. 五（一）: with `recognizedOn`, one step per year from it to the as-of date, met by
 * a date in `spotChecks` that year (`spotCheckYears`); 五（二）: `orderedOn` (the order to
 * rectify) and `rectifiedOn` (`rectification`); 五（三）: `changedOn` and `filedOn`
 * (`changeFiling`). A step's due date and status are those functions' own. Never throws
 * on bad dates: they are problems.
 * @throws CalendarRangeError when a period or the as-of date reaches past the calendar's data.
 * @example
 * supervisionTimeline({ changedOn: '2026-09-28', filedOn: '2026-10-16' }, { asOf: '2026-10-20' })
 *   .steps[0]; // { id: 'changeFiling', due: '2026-10-19', status: 'on_time', … }
 */
export function supervisionTimeline(dates: unknown, options: ProcedureOptions = {}): TimelineResult {
  const opts = procedureOptions(options);
  const { asOf, calendar } = opts;
  // readInput never throws: a Proxy, a throwing getter or a cycle is a problem at its path.
  const read = readInput(dates);
  const parsed = parseFacts(supervisionDates, read.value);
  const problems = [...read.problems, ...parsed.problems];
  const f = parsed.facts ?? {};
  const steps: TimelineStep[] = [];
  const spans: [string, string][] = [];
  const [spotStep, rectifyStep, filingStep] = supervisionSteps as [StepSpec, StepSpec, StepSpec];

  if (f.spotChecks !== undefined && f.recognizedOn === undefined)
    problems.push(
      missingEvent(
        'recognizedOn',
        '抽查自认定之日起每年至少一次：缺少认定日期 recognizedOn',
        'Spot checks are owed every year from recognition: recognizedOn is missing',
      ),
    );
  if (
    // Stryker disable next-line ConditionalExpression: undefined <= asOf is false too; the test narrows the type
    f.recognizedOn !== undefined &&
    f.recognizedOn <= asOf
  ) {
    for (const year of spotCheckYears(f.spotChecks ?? [], f.recognizedOn, asOf, { asOf })) {
      const first = `${String(year.year).padStart(4, '0')}-01-01`;
      // Interpretation: the year of recognition owes its check only when the district has
      // the time the text gives it for an on-site visit (三（一）2 "在7个工作日内进行现场核实")
      // before the year ends; a studio recognised in its last days owes nothing that year
      // (a check made is still shown).
      if (
        f.recognizedOn > first &&
        year.status !== 'met' &&
        !timeLeftToCheck(f.recognizedOn, `${first.slice(0, 4)}-12-31`, opts)
      )
        continue;
      const due = `${String(year.year).padStart(4, '0')}-12-31`;
      // Stryker disable next-line EqualityOperator: on equality both branches are the same date
      const from = f.recognizedOn > first ? f.recognizedOn : first;
      let done: string | null = null;
      // Stryker disable next-line ArrayDeclaration: a stand-in entry is not a date; it sorts after every due date, so it is never chosen
      for (const c of f.spotChecks ?? []) {
        const thatYear = c >= from && c <= due && c <= asOf;
        // Stryker disable next-line EqualityOperator: c < done and c <= done choose the same date when equal
        if (thatYear && (done === null || c < done)) done = c;
      }
      const status = year.status === 'met' ? 'on_time' : year.status === 'missed' ? 'overdue' : 'pending';
      const late = status === 'overdue' ? lateness(calendar, due, asOf) : undefined;
      if (late) spans.push([due, asOf]);
      steps.push({
        id: `${spotStep.id}-${year.year}`,
        label: { zh: `${spotStep.label.zh}（${year.year}年）`, en: `${spotStep.label.en} ${year.year}` },
        clauses: year.clauses,
        from,
        due,
        done,
        status,
        ...(late ?? {}),
      });
    }
  }

  const dated = (step: StepSpec, event: string, period: PeriodResult, done: string | undefined, donePath: string) => {
    if (
      // Stryker disable next-line ConditionalExpression: undefined < event is false too; the test narrows the type
      done !== undefined &&
      done < event
    ) {
      // Time runs forward: met before the event it counts from is an error of the record.
      problems.push({
        path: [donePath],
        code: 'out_of_order',
        severity: 'error',
        message: {
          zh: `${donePath}（${done}）早于其起算日期（${event}）（${step.clauses.join('、')}）`,
          en: `${donePath} (${done}) is before the date it counts from (${event}) (${step.clauses.join(', ')})`,
        },
      });
      spans.push([period.start, period.last]);
      steps.push({ ...stepOf(step), from: event, due: period.last, done, status: 'premature', period });
      return;
    }
    const check = deadline(period, done, opts);
    spans.push([period.start, period.last]);
    if (check.lateByWorkdays !== undefined) spans.push([period.last, check.done ?? asOf]);
    const { due, status, lateByWorkdays, lateByDays, planned } = check;
    const late = lateByWorkdays !== undefined ? { lateByWorkdays, lateByDays: lateByDays as number } : {};
    const later = planned === undefined ? {} : { planned };
    steps.push({ ...stepOf(step), from: event, due, done: check.done, ...later, status, ...late, period });
  };
  if (f.rectifiedOn !== undefined && f.orderedOn === undefined)
    problems.push(
      missingEvent(
        'orderedOn',
        '整改期限自责令整改之日起算：缺少 orderedOn',
        'Rectification counts from the order: orderedOn is missing',
      ),
    );
  if (f.orderedOn !== undefined)
    dated(
      rectifyStep,
      f.orderedOn,
      withinDays(f.orderedOn, p.rectificationDays.value, opts),
      f.rectifiedOn,
      'rectifiedOn',
    );
  if (f.filedOn !== undefined && f.changedOn === undefined)
    problems.push(
      missingEvent(
        'changedOn',
        '变更备案期限自变更之日起算：缺少 changedOn',
        'Filing counts from the change: changedOn is missing',
      ),
    );
  if (f.changedOn !== undefined)
    dated(
      filingStep,
      f.changedOn,
      withinWorkdays(f.changedOn, p.changeFilingWorkdays.value, opts),
      f.filedOn,
      'filedOn',
    );

  if (
    steps.length === 0 &&
    // Stryker disable next-line ConditionalExpression: undefined > asOf is false too; the test narrows the type
    f.recognizedOn !== undefined &&
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a recognizedOn on or before asOf dates at least one year, so with no step it is after asOf
    f.recognizedOn > asOf
  )
    problems.push({
      path: ['recognizedOn'],
      code: 'not_yet',
      severity: 'warning',
      message: {
        zh: `认定日期${f.recognizedOn}晚于核验日期${asOf}：尚无应抽查的年度`,
        en: `Recognised on ${f.recognizedOn}, after ${asOf}: no year of spot checks is owed yet`,
      },
    });
  else if (steps.length === 0 && !problems.some((x) => x.severity === 'error'))
    problems.push({
      path: [],
      code: 'missing',
      severity: 'error',
      message: {
        zh: '没有可起算的事件：请给出 recognizedOn（抽查）、orderedOn（整改）或 changedOn（变更备案）',
        en: 'No event to count from: give recognizedOn (spot checks), orderedOn (rectification) or changedOn (change filing)',
      },
    });
  return { steps, problems, calendar: calendar.use(spans) };
}

/** Whether the working days after `recognizedOn` to `yearEnd` hold a district on-site visit (kind A, 7 working days). */
function timeLeftToCheck(recognizedOn: string, yearEnd: string, opts: { calendar: Calendar }): boolean {
  try {
    // Counted inside the year, so no data of the next year is needed.
    return opts.calendar.workdaysBetween(recognizedOn, yearEnd) >= p.initialReviewWorkdays.value;
  } catch (error) {
    // A year the calendar has no data for: the text's "每年" stands, the year is owed.
    if (error instanceof CalendarRangeError) return true;
    throw error;
  }
}

const stepOf = (s: StepSpec) => ({ id: s.id, label: s.label, clauses: s.clauses });
