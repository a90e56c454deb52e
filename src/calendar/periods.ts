// The six kinds of period in the texts (see the README, "Legal periods"). The statutes:
// Civil Code (民法典) arts. 201–204 and Administrative Licensing Law (行政许可法) art. 82.
import { type Calendar, type CalendarUse, MAX_WORKDAYS, officialCalendar } from './calendar.js';
import {
  addMonths,
  addYears,
  anniversaryOfValid,
  elapsedValid,
  formatIsoDate,
  fromCivil,
  type IsoDate,
  LAST_DAY,
  MAX_YEARS,
  requireCount,
  requireIsoDate,
} from './date.js';
import { InvalidArgumentError, readArgument, requireArray } from './errors.js';

export type PeriodKind = 'A' | 'B' | 'C' | 'D' | 'E';

/** A run of consecutive rest days inside a period: a holiday block (named) or a weekend. */
export interface RestRun {
  from: IsoDate;
  to: IsoDate;
  days: number;
  holiday?: { zh: string; en: string };
}

export interface PeriodResult {
  kind: PeriodKind;
  /** The event (A, B), the first day of publication (C) or the start of the term (D, E). */
  start: IsoDate;
  /** The first day the period counts. */
  firstCounted: IsoDate;
  /** The last permitted day, inclusive (it ends at 24:00, Civil Code art. 203). */
  last: IsoDate;
  /** The articles and readings applied, in order. */
  basis: string[];
  /** 'text' where statute and text decide alone; 'interpretation' where we chose a reading. */
  provenance: 'text' | 'interpretation';
  /** Rest days between the first counted day and the last day (A, B, C). */
  skipped: RestRun[];
  /** Art. 203: the calendar last day fell on a rest day and was moved to this period's `last`. */
  movedFrom?: IsoDate;
  /** True when a day came from an opted-in weekend-only fallback rather than official data (see `calendar.provisional`). */
  provisional: boolean;
  /**
   * The calendar counted on: built-in or supplied, and the provisional days when the
   * period reached past the data. Absent for kinds D and E, which count years, not days.
   */
  calendar?: CalendarUse;
  explanation: { zh: string; en: string };
}

export interface PeriodOptions {
  /** The working-day calendar; the official one by default (see `createCalendar`). */
  calendar?: Calendar;
}

/** The most calendar days a kind B period may run: about 100 years. */
export const MAX_DAYS = 36_500;
export { MAX_YEARS };
/** The longest rolling window, in months. */
export const MAX_WINDOW_MONTHS = 1200;

/** The options object and the calendar in it, checked: `InvalidArgumentError` naming what is wrong. */
export function calendarOf(options: unknown, name = 'options'): Calendar {
  if (options === undefined) return officialCalendar;
  if (options === null || typeof options !== 'object') throw new InvalidArgumentError(name, 'an object', options);
  const cal = readArgument(() => (options as PeriodOptions).calendar, `${name}.calendar`);
  if (cal === undefined) return officialCalendar;
  if (
    cal === null ||
    // Stryker disable next-line ConditionalExpression: a primitive has no `use` function either, so the next test refuses it
    typeof cal !== 'object' ||
    readArgument(() => typeof cal.use, `${name}.calendar`) !== 'function'
  ) {
    throw new InvalidArgumentError(`${name}.calendar`, 'a Calendar from createCalendar()', cal);
  }
  return cal;
}

const ART_201 = 'Civil Code art. 201 (民法典第二百零一条): the starting day is not counted';
const ART_202 =
  'Civil Code art. 202 (民法典第二百零二条): a period in years ends on the corresponding day; lacking it, the month’s last day';
const ART_203 = 'Civil Code art. 203 (民法典第二百零三条): a last day on a rest day moves to the day after the rest';
const LICENSING_82 =
  'Administrative Licensing Law art. 82 (行政许可法第八十二条): working days, statutory holidays excluded';

function restRuns(cal: Calendar, fromDay: number, toDay: number): { runs: RestRun[]; use: CalendarUse } {
  const runs: RestRun[] = [];
  for (let d = fromDay; d <= toDay; d++) {
    const date = formatIsoDate(d);
    if (cal.isWorkday(date)) continue;
    const info = cal.dayInfo(date);
    const prev = runs[runs.length - 1];
    const sameRun = prev && requireIsoDate(prev.to) === d - 1 && prev.holiday?.zh === info.holiday?.zh;
    if (prev && sameRun) {
      prev.to = info.date;
      prev.days++;
    } else {
      runs.push({ from: info.date, to: info.date, days: 1, ...(info.holiday ? { holiday: info.holiday } : {}) });
    }
  }
  const use = cal.use([[formatIsoDate(Math.min(fromDay, toDay)), formatIsoDate(Math.max(fromDay, toDay))]]);
  return { runs, use };
}

function describeSkipped(runs: RestRun[]): { zh: string; en: string } {
  const holidays = runs.filter((r) => r.holiday);
  const weekendDays = runs.filter((r) => !r.holiday).reduce((s, r) => s + r.days, 0);
  // Stryker disable next-line OptionalChaining: `holidays` holds only runs with a holiday
  const zh: string[] = holidays.map((r) => `${r.from}…${r.to}（${r.holiday?.zh}）`);
  // Stryker disable next-line OptionalChaining: `holidays` holds only runs with a holiday
  const en: string[] = holidays.map((r) => `${r.from}…${r.to} (${r.holiday?.en})`);
  if (weekendDays > 0) {
    zh.push(`${weekendDays}个周末日`);
    en.push(`${weekendDays} weekend day${weekendDays === 1 ? '' : 's'}`);
  }
  return zh.length === 0 ? { zh: '无休息日', en: 'no rest day' } : { zh: zh.join('、'), en: en.join(', ') };
}

/**
 * Kind A — "在N个工作日内": the event day is not counted (Civil Code art. 201 by analogy);
 * the last day is the N-th working day after it (Licensing Law art. 82).
 *
 * @example
 * withinWorkdays('2026-09-30', 7).last; // '2026-10-15'
 */
export function withinWorkdays(event: IsoDate, n: number, options: PeriodOptions = {}): PeriodResult {
  const e = requireIsoDate(event, 'event');
  if (e >= LAST_DAY) throw new InvalidArgumentError('event', 'a date before 9999-12-31', event);
  requireCount(n, 'n', 0, MAX_WORKDAYS);
  const cal = calendarOf(options);
  const last = cal.addWorkdays(event, n);
  const firstCounted = formatIsoDate(e + 1);
  // No day is counted when n is 0: the event day itself is not skipped, it is the last day.
  const { runs, use } =
    n === 0 ? { runs: [], use: cal.use([[event, event]]) } : restRuns(cal, e + 1, requireIsoDate(last));
  const skipped = describeSkipped(runs);
  return {
    kind: 'A',
    start: event,
    firstCounted,
    last,
    basis: [ART_201, LICENSING_82],
    provenance: 'text',
    skipped: runs,
    provisional: use.provisional !== null,
    calendar: use,
    explanation: {
      zh: `${event}后第${n}个工作日（当日不计入），跳过${skipped.zh} → ${last}`,
      en: `${n} working day${n === 1 ? '' : 's'} after ${event} (that day not counted), skipping ${skipped.en} → ${last}`,
    },
  };
}

/**
 * Kind B — "N天" after an event: the event day is not counted (art. 201); a last day
 * on a rest day moves to the next working day (art. 203).
 *
 * @example
 * withinDays('2026-09-01', 30).last; // '2026-10-08': 10-01 falls in the National Day holiday
 */
export function withinDays(event: IsoDate, n: number, options: PeriodOptions = {}): PeriodResult {
  const e = requireIsoDate(event, 'event');
  if (e >= LAST_DAY) throw new InvalidArgumentError('event', 'a date before 9999-12-31', event);
  requireCount(n, 'n', 0, MAX_DAYS);
  const cal = calendarOf(options);
  if (e + n > LAST_DAY) throw new InvalidArgumentError('n', 'small enough to end by 9999-12-31', n);
  const nominal = formatIsoDate(e + n);
  const last = cal.isWorkday(nominal) ? nominal : cal.nextWorkday(nominal);
  // With n = 0 the nominal last day is the event day: on a rest day it is skipped too.
  const { runs, use } = restRuns(cal, n === 0 ? e : e + 1, requireIsoDate(last));
  const moved = last !== nominal;
  return {
    kind: 'B',
    start: event,
    firstCounted: formatIsoDate(e + 1),
    last,
    basis: moved ? [ART_201, ART_203] : [ART_201],
    provenance: 'text',
    skipped: runs,
    ...(moved ? { movedFrom: nominal } : {}),
    provisional: use.provisional !== null,
    calendar: use,
    explanation: moved
      ? {
          zh: `${event}后${n}日为${nominal}，系休息日，依民法典第二百零三条顺延至${last}`,
          en: `${n} days after ${event} is ${nominal}, a rest day; Civil Code art. 203 moves it to ${last}`,
        }
      : {
          zh: `${event}后${n}日（当日不计入） → ${last}`,
          en: `${n} days after ${event} (that day not counted) → ${last}`,
        },
  };
}

/**
 * Kind C — a publicity period of N working days ("公示期为5个工作日"). Interpretation:
 * the first day of publication counts when it is a working day, as notices state their
 * range ("6月3日至6月7日"); `countFirstDay: false` selects the art. 201 reading.
 *
 * @example
 * publicityPeriod('2026-06-01', 5).last; // '2026-06-05'
 */
export function publicityPeriod(
  firstDay: IsoDate,
  n: number,
  options: PeriodOptions & { countFirstDay?: boolean } = {},
): PeriodResult {
  requireIsoDate(firstDay, 'firstDay');
  requireCount(n, 'n', 1, MAX_WORKDAYS);
  const cal = calendarOf(options);
  const countFirstDay = readArgument(() => options.countFirstDay, 'options.countFirstDay') ?? true;
  if (typeof countFirstDay !== 'boolean') {
    throw new InvalidArgumentError('options.countFirstDay', 'true or false', countFirstDay);
  }
  const countFirst = countFirstDay && cal.isWorkday(firstDay);
  const firstCounted = countFirst ? firstDay : cal.nextWorkday(firstDay);
  const last = cal.addWorkdays(firstCounted, n - 1);
  const { runs, use } = restRuns(cal, requireIsoDate(firstDay), requireIsoDate(last));
  const skipped = describeSkipped(runs);
  return {
    kind: 'C',
    start: firstDay,
    firstCounted,
    last,
    basis: countFirst
      ? ['interpretation: the first day of publication counts when it is a working day']
      : [ART_201, LICENSING_82],
    provenance: 'interpretation',
    // Stryker disable next-line EqualityOperator: a rest run never ends on the first counted day, a working day
    skipped: runs.filter((r) => r.to >= firstCounted),
    provisional: use.provisional !== null,
    calendar: use,
    explanation: {
      zh: `公示${n}个工作日：${firstCounted}至${last}，跳过${skipped.zh}`,
      en: `publicity of ${n} working day${n === 1 ? '' : 's'}: ${firstCounted} to ${last}, skipping ${skipped.en}`,
    },
  };
}

/**
 * Kind D — a term of N years from a date ("每届聘期为三年", "有效期5年"). Interpretation:
 * the start day counts, so the term ends on the day before the start moved N years on,
 * with art. 202's month-end rule (2026-02-01 → 2031-01-31; 2028-02-29 → 2031-02-28).
 * `reading: 'anniversary'` selects the plain Civil Code reading (the last day is the
 * anniversary). A term letter's own end date (`statedEnd`) wins over both; one before the
 * start throws `InvalidArgumentError` (`options.statedEnd`).
 *
 * @example
 * termPeriod('2026-02-01', 5).last; // '2031-01-31'
 */
export function termPeriod(
  start: IsoDate,
  years: number,
  options: { reading?: 'day-before' | 'anniversary'; statedEnd?: IsoDate } = {},
): PeriodResult {
  const s = requireIsoDate(start, 'start');
  // A term lasts at least a year here: none of the texts sets a shorter one.
  requireCount(years, 'years', 1, MAX_YEARS);
  if (options === null || typeof options !== 'object') throw new InvalidArgumentError('options', 'an object', options);
  const reading = readArgument(() => options.reading, 'options.reading') ?? 'day-before';
  const statedEnd = readArgument(() => options.statedEnd, 'options.statedEnd');
  if (reading !== 'day-before' && reading !== 'anniversary') {
    throw new InvalidArgumentError('options.reading', "'day-before' or 'anniversary'", reading);
  }
  const computed = termLastDay(start, years, reading);
  if (computed === null) throw new InvalidArgumentError('years', 'small enough to end by 9999-12-31', years);
  const stated = statedEnd === undefined ? null : requireIsoDate(statedEnd, 'options.statedEnd');
  // A term cannot end before it starts: such a letter is misread or mistyped, not a rule to apply.
  if (stated !== null && stated < s) {
    throw new InvalidArgumentError('options.statedEnd', `a date on or after the start (${start})`, statedEnd);
  }
  const last = stated === null ? computed : formatIsoDate(stated);
  const basis =
    statedEnd !== undefined
      ? ['the end date stated in the appointment (Civil Code art. 204)']
      : reading === 'anniversary'
        ? [ART_201, ART_202]
        : ['interpretation: the start day counts; the term ends the day before its anniversary', ART_202];
  return {
    kind: 'D',
    start,
    firstCounted: start,
    last,
    basis,
    provenance: 'interpretation',
    skipped: [],
    provisional: false,
    explanation: {
      zh: `自${start}起${years}年，至${last}止`,
      en: `${years} year${years === 1 ? '' : 's'} from ${start}, to ${last} inclusive`,
    },
  };
}

/** How a report names a last day `termLastDay` cannot give (null): after the calendar's end. */
export const AFTER_LAST_DAY: Readonly<{ zh: string; en: string }> = Object.freeze({
  zh: '9999-12-31以后',
  en: 'a day after 9999-12-31',
});

/**
 * Kind D's last day, as `termPeriod` counts it, or `null` when that day is after
 * 9999-12-31: the one answer for a term or a validity the calendar cannot end — no as-of
 * date reaches its end (a check reads it as running on every date, or as a length never
 * reached), where `termPeriod` would throw. For checks, which count what a caller may
 * change: `years` a whole number from 0 (a term of 0 years ends before its start), any
 * size; else InvalidArgumentError, as for a start that is not a date.
 */
export function termLastDay(start: IsoDate, years: number, reading?: 'day-before' | 'anniversary'): IsoDate | null {
  const s = requireIsoDate(start, 'start');
  if (!Number.isInteger(years) || years < 0)
    throw new InvalidArgumentError('years', 'a whole number, 0 or more', years);
  // Past 9999 years on, every start is past the calendar (and addYears would leave safe integers).
  if (years > 9999) return null;
  // The day before the anniversary, counted from the anniversary itself (not from the day
  // before the start): 2029-03-01 ends 2032-02-29. A 29 February start's anniversary in a
  // common year is 1 March there, so its term ends on the 28 February that addYears gives.
  const anniversary = addYears(s, years);
  const dayBefore =
    start.endsWith('-02-29') && formatIsoDate(anniversary).endsWith('-02-28') ? anniversary : anniversary - 1;
  const end = reading === 'anniversary' ? anniversary : dayBefore;
  return end > LAST_DAY ? null : formatIsoDate(end);
}

/**
 * Kind E — elapsed years ("满1年", "5年（含）以上"): reached on the N-th anniversary of the
 * start; a 29 February start reaches it on 28 February of a common year (art. 202).
 *
 * @example
 * anniversary('2024-02-29', 1); // '2025-02-28'
 */
export function anniversary(start: IsoDate, years: number): IsoDate {
  requireIsoDate(start, 'start');
  requireCount(years, 'years', 0, MAX_YEARS);
  const reached = anniversaryOfValid(start, years);
  if (reached === null) throw new InvalidArgumentError('years', 'small enough to end by 9999-12-31', years);
  return reached;
}

/**
 * Kind E — whole years and remaining days elapsed from `start` to `asOf`
 * (`{ years: 4, days: 364 }`); negative `years` never occurs: a future start gives `null`.
 */
export function elapsed(start: IsoDate, asOf: IsoDate): { years: number; days: number } | null {
  requireIsoDate(start, 'start');
  requireIsoDate(asOf, 'asOf');
  if (asOf < start) return null;
  return elapsedValid(start, asOf);
}

/** A calendar quarter overlapping a period; `partial` when it lies only partly inside (kind F). */
export interface QuarterWindow {
  quarter: string;
  from: IsoDate;
  to: IsoDate;
  partial: boolean;
}

/**
 * Kind F — "每季度": the calendar quarters overlapping [from, to]. A quarter only partly
 * inside the period is marked `partial`, to be reported rather than failed.
 */
export function quartersBetween(from: IsoDate, to: IsoDate): QuarterWindow[] {
  const f = requireIsoDate(from, 'from');
  const t = requireIsoDate(to, 'to');
  if (t < f) throw new InvalidArgumentError('to', `a date on or after from (${from})`, to);
  const out: QuarterWindow[] = [];
  const y0 = Number(from.slice(0, 4));
  const q0 = Math.floor((Number(from.slice(5, 7)) - 1) / 3);
  for (let k = y0 * 4 + q0; ; k++) {
    const year = Math.floor(k / 4);
    const q = k - year * 4;
    const qFrom = fromCivil(year, q * 3 + 1, 1);
    if (qFrom > t) break;
    const qTo = addMonths(qFrom, 3) - 1;
    out.push({
      quarter: `${year}Q${q + 1}`,
      from: formatIsoDate(qFrom),
      to: formatIsoDate(qTo),
      partial: qFrom < f || qTo > t,
    });
  }
  return out;
}

/**
 * Kind F — "一年内累计N次": the most events inside any rolling window of `months` months
 * (a window starting on an event day and ending the day before its anniversary), the
 * stricter reading; count within a calendar year for the other.
 */
export function maxInRollingWindow(
  dates: readonly IsoDate[],
  months = 12,
): { count: number; from: IsoDate | null; to: IsoDate | null } {
  requireArray(dates, 'dates', 'an array of YYYY-MM-DD dates');
  requireCount(months, 'months', 1, MAX_WINDOW_MONTHS);
  const days: number[] = [];
  const length = readArgument(() => dates.length, 'dates');
  for (let i = 0; i < length; i++) {
    const value = readArgument(() => dates[i], `dates[${i}]`);
    const d = requireIsoDate(value, `dates[${i}]`);
    if (addMonths(d, months) - 1 > LAST_DAY) {
      throw new InvalidArgumentError(`dates[${i}]`, 'a date whose window ends by 9999-12-31', value);
    }
    days.push(d);
  }
  return busiest(days, months);
}

/**
 * `maxInRollingWindow` for a check, over dates already valid: a window running past
 * 9999-12-31 is cut there, since no date lies after it (the count is the same), where
 * `maxInRollingWindow` refuses the date.
 */
export function busiestWindow(
  dates: readonly IsoDate[],
  months = 12,
): { count: number; from: IsoDate | null; to: IsoDate | null } {
  return busiest(
    dates.map((d) => requireIsoDate(d, 'dates')),
    months,
  );
}

function busiest(days: number[], months: number): { count: number; from: IsoDate | null; to: IsoDate | null } {
  days.sort((a, b) => a - b);
  let best = { count: 0, from: null as IsoDate | null, to: null as IsoDate | null };
  let j = 0;
  for (let i = 0; i < days.length; i++) {
    const start = days[i] as number;
    const end = Math.min(addMonths(start, months) - 1, LAST_DAY);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: restarting j at i (also when j >= i) only repeats the scan; the count is the same
    if (j < i) j = i;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: days[days.length] is undefined and `undefined <= end` is false, so the bound only saves a read
    while (j + 1 < days.length && (days[j + 1] as number) <= end) j++;
    if (j - i + 1 > best.count) best = { count: j - i + 1, from: formatIsoDate(start), to: formatIsoDate(end) };
  }
  return best;
}

/** One year of a yearly term: its index (0 the first) and its first and last day. */
export interface TermYear {
  index: number;
  from: IsoDate;
  to: IsoDate;
}

/**
 * Kind D, year after year ("每年对认定后运行满1年的工作室开展评估"): the years that begin on
 * `start` and follow one another, each ending where `termPeriod` ends a term of that many
 * years, so that no day is left out and none counted twice (2024-02-29: 2024-02-29 –
 * 2025-02-28, 2025-03-01 – 2026-02-28, …, 2028-02-29 – 2029-02-28). The `index`-th of them.
 *
 * @example
 * termYear('2025-06-20', 1); // { index: 1, from: '2026-06-20', to: '2027-06-19' }
 */
export function termYear(start: IsoDate, index: number): TermYear {
  requireIsoDate(start, 'start');
  requireCount(index, 'index', 0, MAX_YEARS - 1);
  const to = termPeriod(start, index + 1).last;
  const from = index === 0 ? start : formatIsoDate(requireIsoDate(termPeriod(start, index).last) + 1);
  return { index, from, to };
}

/**
 * The year of `termYear(start, …)` that contains `date` (on or after `start`).
 *
 * @example
 * termYearOn('2024-02-29', '2025-03-01'); // { index: 1, from: '2025-03-01', to: '2026-02-28' }
 */
export function termYearOn(start: IsoDate, date: IsoDate): TermYear {
  const s = requireIsoDate(start, 'start');
  if (requireIsoDate(date, 'date') < s) throw new InvalidArgumentError('date', `on or after start (${start})`, date);
  // The difference of the calendar years is the index or one more: a year ends before its anniversary.
  let index = Number(date.slice(0, 4)) - Number(start.slice(0, 4));
  if (index > 0 && termPeriod(start, index).last >= date) index--;
  return termYear(start, index);
}
