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
  CalendarRangeError,
  calendarRange,
  createCalendar,
  type DayInfo,
  type DayKind,
  officialCalendar,
  type YearSchedule,
} from './calendar.js';
export { type IsoDate, isIsoDate, todayInChina } from './date.js';
export {
  anniversary,
  elapsed,
  maxInRollingWindow,
  type PeriodKind,
  type PeriodOptions,
  type PeriodResult,
  publicityPeriod,
  type QuarterWindow,
  quartersBetween,
  type RestRun,
  termPeriod,
  withinDays,
  withinWorkdays,
} from './periods.js';

/**
 * Whether `date` is a working day under the official schedule (调休 included).
 * @throws CalendarRangeError outside 2007–2026; TypeError for a malformed date.
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
