// `--calendar FILE` (repeatable), `CHUANGYE_CALENDAR` (a file or a folder of year files)
// and `--provisional`, read into one Calendar for every command that counts days.
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Calendar, createCalendar, officialCalendar, type YearSchedule } from '../calendar/calendar.js';
import type { YearProblem } from '../calendar/errors.js';
import { readYearFile } from '../calendar/year-file.js';

/** The options to spread into a command's `parseArgs` options. */
export const CALENDAR_OPTIONS = {
  calendar: { type: 'string', multiple: true },
  provisional: { type: 'boolean' },
} as const;

export const CALENDAR_HELP = `Calendar options (every command that counts days):
  --calendar FILE    a year's holiday arrangement past the built-in data (repeatable): the
                     holiday-cn format { year, days: [{ name, date, isOffDay }] } or
                     { year, offDays: [date | { date, name }], workdays: [...] }
  --provisional      count days past the data with weekends and the statutory holidays of the
                     全国年节及纪念日放假办法 (2007–2035; bridges 调休 unknown); every such
                     answer is marked provisional
  CHUANGYE_CALENDAR  (environment) a year file, or a folder of *.json year files, as --calendar`;

/** Year files are small (a year has at most a few dozen named days): refuse anything larger. */
const MAX_YEAR_FILE_BYTES = 1_000_000;

export class CalendarOptionError extends Error {
  override readonly name = 'CalendarOptionError';
}

/** Reads one regular file of at most `MAX_YEAR_FILE_BYTES`, as UTF-8 (a BOM accepted). */
export function readSmallFile(path: string): string {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new CalendarOptionError(`calendar file ${path}: ${code === 'ENOENT' ? 'no such file' : 'cannot be read'}`);
  }
  if (!stat.isFile()) throw new CalendarOptionError(`calendar file ${path}: not a regular file`);
  if (stat.size > MAX_YEAR_FILE_BYTES) {
    throw new CalendarOptionError(`calendar file ${path}: larger than ${MAX_YEAR_FILE_BYTES} bytes, not a year file`);
  }
  const buffer = Buffer.alloc(Number(stat.size));
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, 0);
  } finally {
    closeSync(fd);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    throw new CalendarOptionError(`calendar file ${path}: not UTF-8 text`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads and checks one year file: its schedule and warnings, or a one-line error naming file, entry and fault. */
export function loadYearFile(path: string): { schedule: YearSchedule; warnings: YearProblem[] } {
  const text = readSmallFile(path);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? (e.message.split('\n')[0] ?? '') : '';
    throw new CalendarOptionError(`calendar file ${path}: not valid JSON (${detail})`);
  }
  const { schedule, problems } = readYearFile(json, path);
  if (schedule === null) {
    const errors = problems.filter((p) => p.severity === 'error');
    const first = errors[0] as YearProblem;
    throw new CalendarOptionError(
      `calendar file ${first.source}: ${first.entry}: ${first.message.en}${errors.length > 1 ? ` (and ${errors.length - 1} more; see chuangye calendar --check ${path})` : ''}`,
    );
  }
  return { schedule, warnings: problems };
}

/** The year files a `CHUANGYE_CALENDAR` value names: the file, or every *.json directly in the folder, sorted. */
function filesOf(value: string): string[] {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(value);
  } catch {
    throw new CalendarOptionError(`CHUANGYE_CALENDAR=${value}: no such file or folder`);
  }
  if (!stat.isDirectory()) return [value];
  return readdirSync(value)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(value, f));
}

/**
 * The calendar a command counts on: the built-in one, plus the years of
 * `CHUANGYE_CALENDAR` and of each `--calendar`, with the weekend-only fallback when
 * `--provisional` (weekends and the statutory holidays). Warnings (a weekday marked as a
 * working day, a change to a day of an earlier year) go to `warn`.
 */
export function calendarFromOptions(
  values: { calendar?: string[] | undefined; provisional?: boolean | undefined },
  env: Readonly<Record<string, string | undefined>>,
  warn: (line: string) => void,
): Calendar {
  const files = [...(env.CHUANGYE_CALENDAR ? filesOf(env.CHUANGYE_CALENDAR) : []), ...(values.calendar ?? [])];
  if (files.length === 0 && !values.provisional) return officialCalendar;
  const years: YearSchedule[] = [];
  for (const file of files) {
    const { schedule, warnings } = loadYearFile(file);
    for (const w of warnings) warn(`warning: ${w.source}: ${w.entry}: ${w.message.en}`);
    years.push(schedule);
  }
  const calendar = createCalendar({ years, ...(values.provisional ? { fallback: 'statutory' as const } : {}) });
  // A later year's notice changing an earlier year's day moves answers there: say so.
  for (const c of calendar.provenance().changes ?? []) {
    warn(
      `warning: ${c.source}: ${c.date}: changes a day of ${c.date.slice(0, 4)} to a ${c.workday ? 'working' : 'rest'} day`,
    );
  }
  return calendar;
}

/**
 * DTSTAMP for `--format ics`: the time the file is made (RFC 5545), or
 * `SOURCE_DATE_EPOCH` (whole seconds, the reproducible-builds convention) when set, so
 * that a test or a build gets the same bytes every run.
 */
export function icsStamp(env: Readonly<Record<string, string | undefined>>): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const ms =
    epoch === undefined || epoch === '' ? Date.now() : /^[0-9]{1,12}$/u.test(epoch) ? Number(epoch) * 1000 : Number.NaN;
  if (!Number.isFinite(ms) || ms > 253_402_300_799_000) {
    throw new CalendarOptionError(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${epoch?.slice(0, 40)}"`);
  }
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}
