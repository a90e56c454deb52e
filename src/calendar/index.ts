/**
 * `chuangye-rules/calendar`: the official China working-day calendar (State Council
 * notices 2007–2026, with make-up working days) and the legal periods of the texts.
 * Dates are `YYYY-MM-DD` strings; no result depends on the machine's time zone.
 * @packageDocumentation
 */
import { officialCalendar } from './calendar.js';
import type { IsoDate } from './date.js';

export {
  type Calendar,
  type CalendarOptions,
  type CalendarProvenance,
  CalendarRangeError,
  type CalendarUse,
  type CrossYearChange,
  calendarRange,
  createCalendar,
  type DayInfo,
  type DayKind,
  type Fallback,
  MAX_WORKDAYS,
  officialCalendar,
  type ProvisionalDays,
  type YearSchedule,
} from './calendar.js';
export { type IsoDate, isIsoDate, todayInChina } from './date.js';
export { CalendarDataError, InvalidArgumentError, type YearProblem } from './errors.js';
export {
  anniversary,
  elapsed,
  MAX_DAYS,
  MAX_WINDOW_MONTHS,
  MAX_YEARS,
  maxInRollingWindow,
  type PeriodKind,
  type PeriodOptions,
  type PeriodResult,
  publicityPeriod,
  type QuarterWindow,
  quartersBetween,
  type RestRun,
  type TermYear,
  termPeriod,
  termYear,
  termYearOn,
  withinDays,
  withinWorkdays,
} from './periods.js';
export { STATUTORY_YEARS, type StatutoryDay, statutoryHolidays } from './statutory.js';
export { crossCheckYear, LATE_DECEMBER_FROM, MAX_SCHEDULE_DAYS, type ScheduleDay } from './year-check.js';

/**
 * Errors, the same for every calendar, period and procedure function: a bad argument
 * throws `InvalidArgumentError` (a TypeError) whose `argument` names it (a date that is
 * not a real `YYYY-MM-DD` with a 4-digit year, a count that is not a whole number in its
 * documented range); a date past the data throws `CalendarRangeError` (a RangeError)
 * naming the missing year and how to supply it; supplied year data that fail their
 * cross-checks throw `CalendarDataError` naming the source, the entry and the fault.
 */

/**
 * Whether `date` is a working day under the official schedule (调休 included).
 * @throws CalendarRangeError outside 2007–2026; InvalidArgumentError for a malformed date.
 * @example isWorkday('2026-10-10'); // true: a Saturday made a working day
 */
export const isWorkday = (date: IsoDate): boolean => officialCalendar.isWorkday(date);

/**
 * The n-th working day after `date` (n > 0), before it (n < 0), or `date` (n = 0). O(1).
 * @example addWorkdays('2026-09-30', 1); // '2026-10-08'
 */
export const addWorkdays = (date: IsoDate, n: number): IsoDate => officialCalendar.addWorkdays(date, n);

/**
 * Signed working days from `start` to `end`, so that `workdaysBetween(d, addWorkdays(d, n)) === n`. O(1).
 * @example workdaysBetween('2026-09-30', '2026-10-08'); // 1
 */
export const workdaysBetween = (start: IsoDate, end: IsoDate): number => officialCalendar.workdaysBetween(start, end);

/** The first working day strictly after `date`. */
export const nextWorkday = (date: IsoDate): IsoDate => officialCalendar.nextWorkday(date);

/** The last working day strictly before `date`. */
export const previousWorkday = (date: IsoDate): IsoDate => officialCalendar.previousWorkday(date);

/** Why `date` is or is not a working day: weekend, holiday (named), or make-up working day. */
export const dayInfo = (date: IsoDate) => officialCalendar.dayInfo(date);
