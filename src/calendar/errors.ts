// The calendar's typed errors. One convention for every exported calendar, period and
// procedure function: a bad argument throws `InvalidArgumentError` (a TypeError) naming
// the argument; a date past the data throws `CalendarRangeError` (a RangeError) naming
// the missing year; a year file that fails its checks throws `CalendarDataError`.

/** Stands for a value whose reading threw (a Proxy, a throwing getter). */
const UNREADABLE = Symbol('unreadable');

/** A short, bounded rendering of any value for an error message; never throws. */
export function describeValue(value: unknown): string {
  if (value === UNREADABLE) return 'a value that throws when read';
  try {
    if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    if (typeof value === 'bigint') return `${value}n`;
    if (typeof value === 'symbol' || typeof value === 'function') return typeof value;
    if (value === null || typeof value !== 'object') return String(value);
    return Array.isArray(value) ? 'an array' : 'an object';
  } catch {
    return 'an unreadable value';
  }
}

/**
 * An argument a calendar, period or procedure function cannot use: not a real
 * `YYYY-MM-DD` date, a count that is not a whole number in its documented range, an
 * option of the wrong kind. A programmer's mistake, so it throws; `argument` names it.
 */
export class InvalidArgumentError extends TypeError {
  override readonly name = 'InvalidArgumentError';
  constructor(
    /** The argument, as the function's signature names it: 'date', 'n', 'options.asOf', 'checks[2]'. */
    readonly argument: string,
    /** What it must be. */
    readonly expected: string,
    received: unknown,
  ) {
    super(`${argument} must be ${expected}, got ${describeValue(received)}`);
  }
}

/** A problem found in a year's schedule (a year file or `createCalendar({ years })`). */
export interface YearProblem {
  severity: 'error' | 'warning';
  code: string;
  /** Where: the file (or 'year 2027' for data given in code), and the entry ('days[3]'). */
  source: string;
  entry: string;
  message: { zh: string; en: string };
}

/** A year's schedule that fails its checks; the message names the file, the entry and what is wrong. */
export class CalendarDataError extends Error {
  override readonly name = 'CalendarDataError';
  constructor(readonly problems: readonly YearProblem[]) {
    const first = problems.find((p) => p.severity === 'error') ?? problems[0];
    const more = problems.filter((p) => p.severity === 'error').length - 1;
    super(
      first
        ? `${first.source}: ${first.entry}: ${first.message.en}${more > 0 ? ` (and ${more} more error${more === 1 ? '' : 's'})` : ''}`
        : 'invalid calendar data',
    );
  }
}

/**
 * Reads a caller's option or element; a read that throws (a Proxy, a getter) becomes
 * `InvalidArgumentError` naming it, so the documented errors are the only ones.
 */
export function readArgument<T>(read: () => T, name: string): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof InvalidArgumentError) throw e;
    throw new InvalidArgumentError(name, 'readable', UNREADABLE);
  }
}

/** How to give the calendar a year it lacks, as the command and the library take it. */
export const RANGE_ADVICE =
  "supply that year's arrangement (--calendar FILE or CHUANGYE_CALENDAR=FILE|FOLDER with a holiday-cn year file or " +
  '{ year, offDays, workdays }; createCalendar({ years }) in code) or count it provisionally, weekends only ' +
  "(--provisional; createCalendar({ fallback: 'weekends' }))";

/** A date outside the years the calendar has data for, without an opted-in fallback. */
export class CalendarRangeError extends RangeError {
  override readonly name = 'CalendarRangeError';
  /** The year whose arrangement is missing. */
  readonly missingYear: number;
  constructor(
    readonly date: string,
    readonly range: { from: string; to: string },
  ) {
    const year = Number(date.slice(0, 4));
    super(
      `no working-day data for ${year} (${date}; the calendar covers ${range.from} … ${range.to}): ${RANGE_ADVICE}`,
    );
    this.missingYear = year;
  }
}
