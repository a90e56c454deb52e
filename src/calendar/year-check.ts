// Cross-checks of one year's schedule, run on every year a caller supplies (in code or
// as a file) and by the generator on the built-in data. No zod here: the calendar entry
// stays small for browser users.
import { parseIsoDate, requireCount, weekday } from './date.js';
import { InvalidArgumentError, readArgument, requireArray, type YearProblem } from './errors.js';

/**
 * The most entries one year's schedule may hold: a notice names a few dozen days; a year
 * file may list 400 rest days and 400 working days.
 */
export const MAX_SCHEDULE_DAYS = 800;

/** One named day of a State Council notice: a rest day (isOffDay) or a weekend day worked (调休上班). */
export interface ScheduleDay {
  date: string;
  name: string;
  isOffDay: boolean;
}

/**
 * A notice may open with the last days of the year before (2019's holds 2018-12-29…31,
 * 2023's holds 2022-12-31): interpretation, "late December" is taken as 20–31 December.
 */
export const LATE_DECEMBER_FROM = '-12-20';

/**
 * Checks one year's days: real dates of that year (or late December of the year
 * before); none listed twice with different meanings; a rest day on a weekday names its
 * holiday. A working day on a weekday is only a warning: 2020's notice lists Monday
 * 2020-02-03, the return after the extended Spring Festival, that way.
 * A bad argument (not a year, not an array of days, more than `MAX_SCHEDULE_DAYS`
 * entries) throws `InvalidArgumentError` before any work.
 */
export function crossCheckYear(
  year: number,
  days: readonly ScheduleDay[],
  source: string,
  label: (index: number) => string = (i) => `days[${i}]`,
): YearProblem[] {
  requireCount(year, 'year', 1, 9999);
  requireArray(days, 'days', 'an array of { date, name, isOffDay }');
  // Bounded up front: a notice names a few dozen days; a 10-million-entry array is no year.
  const length = readArgument(() => days.length, 'days');
  if (length > MAX_SCHEDULE_DAYS) throw new InvalidArgumentError('days', `at most ${MAX_SCHEDULE_DAYS} entries`, days);
  if (typeof source !== 'string') throw new InvalidArgumentError('source', 'a string', source);
  if (typeof label !== 'function') throw new InvalidArgumentError('label', 'a function', label);
  const problems: YearProblem[] = [];
  const add = (severity: YearProblem['severity'], code: string, entry: string, zh: string, en: string) => {
    problems.push({ severity, code, source, entry, message: { zh, en } });
  };
  const seen = new Map<string, { isOffDay: boolean; name: string }>();
  const prefix = `${String(year).padStart(4, '0')}-`;
  const before = `${String(year - 1).padStart(4, '0')}${LATE_DECEMBER_FROM}`;
  for (let i = 0; i < length; i++) {
    const at = `days[${i}]`;
    // Each entry read once into plain values: a getter or a Proxy cannot answer twice.
    const day = readArgument(() => {
      const d = days[i] as ScheduleDay;
      return d !== null && typeof d === 'object' ? { date: d.date, name: d.name, isOffDay: d.isOffDay } : d;
    }, at);
    if (
      day === null ||
      typeof day !== 'object' ||
      typeof day.date !== 'string' ||
      typeof day.name !== 'string' ||
      typeof day.isOffDay !== 'boolean'
    ) {
      throw new InvalidArgumentError(at, '{ date: string, name: string, isOffDay: boolean }', day);
    }
    const name = readArgument(() => String(label(i)), 'label');
    const entry = `${name} (${day.date.length > 40 ? `${day.date.slice(0, 40)}…` : day.date})`;
    const d = parseIsoDate(day.date);
    if (d === null) {
      // Bounded: a long string is not copied into every message.
      const shown = day.date.length > 40 ? `${day.date.slice(0, 40)}…` : day.date;
      add('error', 'invalid_date', name, `“${shown}”不是有效日期`, `"${shown}" is not a real YYYY-MM-DD date`);
      continue;
    }
    const lateDecember = day.date >= before && day.date.startsWith(`${String(year - 1).padStart(4, '0')}-`);
    if (!day.date.startsWith(prefix) && !lateDecember) {
      add(
        'error',
        'wrong_year',
        entry,
        `${day.date}不属于${year}年（仅允许上一年12月20日以后的日期）`,
        `${day.date} does not belong to ${year} (only late December of the year before, from the 20th, may)`,
      );
      continue;
    }
    const previous = seen.get(day.date);
    if (previous && previous.isOffDay !== day.isOffDay) {
      add(
        'error',
        'conflict',
        entry,
        `${day.date}既是休息日又是工作日（另见 ${previous.name}）`,
        `${day.date} is both a rest day and a working day (see also ${previous.name})`,
      );
    } else if (previous) {
      add('warning', 'duplicate', entry, `${day.date}重复列出`, `${day.date} is listed twice`);
    }
    seen.set(day.date, { isOffDay: day.isOffDay, name });
    const weekend = weekday(d) % 6 === 0;
    if (day.isOffDay && !weekend && day.name.trim() === '') {
      add(
        'error',
        'unnamed_holiday',
        entry,
        `${day.date}为工作日（周一至周五）却标为休息日，须写明节日名称`,
        `${day.date} is a weekday marked as a rest day: it needs the holiday's name`,
      );
    }
    if (!day.isOffDay && !weekend) {
      add(
        'warning',
        'weekday_workday',
        entry,
        `${day.date}本为工作日，标为调休上班不改变结果（如2020-02-03春节延长假期后的周一）`,
        `${day.date} is a weekday marked as a working day: it changes nothing (as 2020-02-03, the Monday after the extended 2020 Spring Festival)`,
      );
    }
  }
  return problems;
}
